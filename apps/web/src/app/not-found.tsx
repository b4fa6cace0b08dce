import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button } from "@resq/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-4 text-muted-foreground">{t("notFound.text")}</p>
      <Button asChild className="mt-8">
        <Link href="/">{t("notFound.home")}</Link>
      </Button>
    </div>
  );
}
