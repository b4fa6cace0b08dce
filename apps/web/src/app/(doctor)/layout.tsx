import { requireRole } from "~/server/require-role";
import { AreaIntlProvider } from "~/i18n/area-provider";

export const dynamic = "force-dynamic";

/** The doctor area: only signed-in doctors get past this layout. */
export default async function DoctorAreaLayout({ children }: { children: React.ReactNode }) {
  await requireRole("doctor", "/doctor");
  return (
    <AreaIntlProvider area="doctor">
      <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>
    </AreaIntlProvider>
  );
}
