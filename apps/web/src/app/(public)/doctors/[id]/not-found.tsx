import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button } from "@resq/ui/button";

export default async function DoctorNotFound() {
  const t = await getTranslations("public");
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-4 px-4 py-16">
      <h1 className="text-3xl font-semibold">{t("doctorNotFound.title")}</h1>
      <p className="text-muted-foreground">{t("doctorNotFound.text")}</p>
      <div>
        <Button asChild>
          <Link href="/doctors">{t("doctorNotFound.action")}</Link>
        </Button>
      </div>
    </div>
  );
}
