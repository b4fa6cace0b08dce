import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";

import { ConnectionStatus } from "~/components/connection-status";
import { MaintenanceBanner } from "~/components/maintenance-banner";
import { Providers } from "~/components/providers";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { rootNamespaces, pickNamespaces } from "~/i18n/areas";
import { catalogues } from "~/i18n/catalogue";
import { IntlProvider } from "~/i18n/client-provider";
import { requestLocale } from "~/i18n/locale";

import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("meta.title"), template: "%s · RESQ" },
    description: t("meta.description"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1320" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce of this response (src/proxy.ts). Reading it makes every page render per request,
  // which a per-request nonce requires; next-themes' inline script needs it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await requestLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-primary px-4 py-2 text-primary-foreground focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {t("skipLink")}
        </a>
        {/* Only `common` here: each area's layout adds the messages its own client parts use. */}
        <IntlProvider locale={locale} messages={pickNamespaces(catalogues[locale], rootNamespaces)}>
          <Providers nonce={nonce}>
            <MaintenanceBanner />
            <ConnectionStatus />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
          </Providers>
        </IntlProvider>
      </body>
    </html>
  );
}
