import { AreaIntlProvider } from "~/i18n/area-provider";

/** The public pages: the landing page and the doctor directory. */
export default function PublicAreaLayout({ children }: { children: React.ReactNode }) {
  return <AreaIntlProvider area="public">{children}</AreaIntlProvider>;
}
