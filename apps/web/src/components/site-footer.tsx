import { getTranslations } from "next-intl/server";

import { LanguageSwitcher } from "./language-switcher";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
        <p>{t("footer.about")}</p>
        <p>{t("footer.emergency")}</p>
        <LanguageSwitcher />
      </div>
    </footer>
  );
}
