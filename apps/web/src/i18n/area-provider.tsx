import { catalogues } from "./catalogue";
import { IntlProvider } from "./client-provider";
import { areaNamespaces, pickNamespaces, type Area } from "./areas";
import { requestLocale } from "./locale";

/** Gives an area's client components the messages they use, and no others (see areas.ts). */
export async function AreaIntlProvider({
  area,
  children,
}: {
  area: Area;
  children: React.ReactNode;
}) {
  const locale = await requestLocale();
  return (
    <IntlProvider
      locale={locale}
      messages={pickNamespaces(catalogues[locale], areaNamespaces[area])}
    >
      {children}
    </IntlProvider>
  );
}
