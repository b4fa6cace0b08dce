import { requireRole } from "~/server/require-role";
import { AreaIntlProvider } from "~/i18n/area-provider";

export const dynamic = "force-dynamic";

/** The admin area: only signed-in admins get past this layout. */
export default async function AdminAreaLayout({ children }: { children: React.ReactNode }) {
  await requireRole("admin", "/admin");
  return (
    <AreaIntlProvider area="admin">
      <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>
    </AreaIntlProvider>
  );
}
