import { getTranslations } from "next-intl/server";

import { Skeleton } from "@resq/ui/skeleton";
import { Spinner } from "@resq/ui/spinner";

export default async function DoctorsLoading() {
  const t = await getTranslations("public");
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-8" aria-busy="true">
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-12 w-full" />
      <Spinner label={t("directory.loading")} showLabel />
      <ul className="grid gap-4 lg:grid-cols-2" aria-hidden="true">
        {[0, 1, 2, 3].map((card) => (
          <li key={card} className="grid gap-3 rounded-xl border p-4">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-4 w-64" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-5 w-56" />
          </li>
        ))}
      </ul>
    </div>
  );
}
