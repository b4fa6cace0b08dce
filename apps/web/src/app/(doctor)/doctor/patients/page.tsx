import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("doctor.patients");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** The doctor's patients: everyone with an appointment with them (a care relationship). */
export default async function MyPatientsPage() {
  const trpc = await api();
  const t = await getTranslations("doctor.patients");
  const locale = await getLocale();
  const patients = new Map<string, { name: string; last: Date; visits: number }>();
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const items = await trpc.appointments.mine({ scope: "all", page, pageSize: PAGE_SIZE });
    for (const appointment of items) {
      if (appointment.status === "cancelled") continue;
      const known = patients.get(appointment.patientId);
      if (known) {
        known.visits += 1;
        if (appointment.startsAt > known.last) known.last = appointment.startsAt;
      } else {
        patients.set(appointment.patientId, {
          name: appointment.patientName,
          last: appointment.startsAt,
          visits: 1,
        });
      }
    }
    if (items.length < PAGE_SIZE) break;
  }
  const list = [...patients.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name, locale));

  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link href="/doctor" className="text-primary underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {list.length === 0 ? (
        <p className="rounded-xl border p-6 text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3">
          {list.map(([id, patient]) => (
            <li key={id}>
              <Link
                href={`/doctor/patients/${id}`}
                className="grid gap-1 rounded-xl border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <span className="font-semibold text-primary">{patient.name}</span>
                <span className="text-sm text-muted-foreground">
                  {t.rich("visits", {
                    visits: patient.visits,
                    time: () => <LocalTime date={patient.last} />,
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
