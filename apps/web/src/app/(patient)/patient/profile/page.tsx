import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { AppRouter } from "@resq/api";

import { api } from "~/trpc/server";

import { formValuesOf } from "./form-values";
import { PatientProfileForm } from "./profile-form";

type PatientProfile = inferRouterOutputs<AppRouter>["patientProfile"]["get"];
type ProfilePart = PatientProfile["completeness"]["missing"][number];

/** The catalogue key of each part the completeness names (the API names them in English). */
const PART_KEYS = {
  "date of birth": "dateOfBirth",
  "phone number": "phone",
  address: "address",
  "emergency contact": "emergencyContact",
  "time zone": "timeZone",
} as const satisfies Record<ProfilePart, string>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("meta.title"), description: t("meta.description") };
}

/**
 * The zones the form offers: every IANA zone this server knows (the server is what validates the
 * choice), plus UTC and the patient's saved zone even if this engine lists it under another name.
 */
function timeZoneChoices(saved: string | null): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  if (saved) zones.add(saved);
  return [...zones].sort();
}

export default async function PatientProfilePage() {
  const t = await getTranslations("profile");
  const format = await getFormatter();
  const profile = await (await api()).patientProfile.get();
  const { percent, missing } = profile.completeness;

  return (
    <div className="grid max-w-3xl gap-8">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/patient" className="text-primary underline underline-offset-4">
            {t("backToDashboard")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("heading")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <section
        aria-labelledby="profile-completeness"
        className="grid gap-3 rounded-xl border bg-card p-4"
        data-testid="profile-completeness"
      >
        <h2 id="profile-completeness" className="text-sm font-medium text-muted-foreground">
          {t("completeness.label")}
        </h2>
        <p className="text-2xl font-semibold">{t("completeness.percent", { percent })}</p>
        <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-muted">
          <div className="h-full rounded-full bg-primary" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-sm">
          {missing.length === 0
            ? t("completeness.complete")
            : t("completeness.missing", {
                parts: format.list(
                  missing.map((part) => t(`parts.${PART_KEYS[part]}`)),
                  { type: "conjunction" },
                ),
              })}
        </p>
      </section>

      <div className="grid gap-2 text-sm text-muted-foreground">
        <p>
          {t.rich("email", {
            email: profile.email,
            link: (chunks) => (
              <Link
                href="/account/security#email"
                className="font-medium text-primary underline underline-offset-4 hover:no-underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p>{t("optional")}</p>
      </div>

      <PatientProfileForm
        initial={formValuesOf(profile)}
        timeZones={timeZoneChoices(profile.timeZone)}
      />
    </div>
  );
}
