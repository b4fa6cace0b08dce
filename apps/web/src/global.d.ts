import type { Locale } from "@resq/api/locales";

import type { Messages } from "./i18n/catalogue";

// Typed keys: t("a.missing.key") is a type error, so `pnpm typecheck` catches it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
