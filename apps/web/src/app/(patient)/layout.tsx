import { requireRole } from "~/server/require-role";
import { AreaIntlProvider } from "~/i18n/area-provider";

export const dynamic = "force-dynamic";

/** The patient area: only signed-in patients get past this layout. */
export default async function PatientAreaLayout({ children }: { children: React.ReactNode }) {
  await requireRole("patient", "/patient");
  return (
    <AreaIntlProvider area="patient">
      <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>
    </AreaIntlProvider>
  );
}
