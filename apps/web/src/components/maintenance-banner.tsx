import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";

import { api } from "~/trpc/server";

/** The admin's maintenance notice, on every page while it is set (read per request: no restart). */
export async function MaintenanceBanner() {
  const { maintenanceBanner } = await (await api()).admin.publicSettings();
  if (!maintenanceBanner) return null;
  const t = await getTranslations("common");
  return (
    <section
      aria-label={t("maintenance.label")}
      data-testid="maintenance-banner"
      className="border-b border-warning bg-warning/15 text-foreground"
    >
      <p className="mx-auto flex max-w-6xl items-start gap-2 px-4 py-2 text-sm font-medium">
        <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        {maintenanceBanner}
      </p>
    </section>
  );
}
