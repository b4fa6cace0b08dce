import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";

import { LocalTime } from "~/components/local-time";

import { valueText, type ChartSummary, type RecordsT } from "./types";

type Lab = ChartSummary["recentLabs"][number];

/** A lab value in words: "6.9 % (normal range 4–5.6)". */
export function labValue(lab: Pick<Lab, "valueNumeric" | "valueText" | "unit">): string {
  const value = lab.valueNumeric ?? lab.valueText ?? "";
  return [value, lab.unit].filter(Boolean).join(" ");
}

export function labRange(
  lab: Pick<Lab, "referenceLow" | "referenceHigh" | "unit">,
  t: RecordsT,
): string | null {
  const { referenceLow: low, referenceHigh: high } = lab;
  if (low !== null && high !== null) return t("lab.rangeBetween", { low, high });
  if (low !== null) return t("lab.rangeAtLeast", { low });
  if (high !== null) return t("lab.rangeAtMost", { high });
  return null;
}

/** "Outside the normal range" said in words (with an icon), never by colour alone. */
export function OutOfRange() {
  const t = useTranslations("records");
  return (
    <span className="inline-flex items-center gap-1 rounded-md border border-destructive/50 bg-destructive/10 px-2 py-0.5 text-xs font-medium text-destructive">
      <TriangleAlert aria-hidden="true" className="size-3.5" />
      {t("lab.outOfRange")}
    </span>
  );
}

function Card({
  id,
  title,
  empty,
  children,
  count,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="grid content-start gap-3 rounded-xl border bg-card p-4 shadow-sm"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h3>
      {count === 0 ? (
        <p className="text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid gap-2 text-sm">{children}</ul>
      )}
    </section>
  );
}

/** The chart at a glance: active problems, medicines, allergies, recent labs and vaccinations. */
export function SummaryCards({ summary }: { summary: ChartSummary }) {
  const t = useTranslations("records");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Card
        id="problems"
        title={t("summary.problems")}
        empty={t("summary.noProblems")}
        count={summary.problems.length}
      >
        {summary.problems.map((problem) => (
          <li key={problem.id}>
            <span className="font-medium">{problem.description}</span>{" "}
            <span className="text-muted-foreground">
              {problem.onsetDate
                ? t("summary.codeSince", { code: problem.icd10Code, date: problem.onsetDate })
                : t("summary.code", { code: problem.icd10Code })}
            </span>
          </li>
        ))}
      </Card>
      <Card
        id="medications"
        title={t("summary.medications")}
        empty={t("summary.noMedications")}
        count={summary.medications.length}
      >
        {summary.medications.map((medication) => (
          <li key={medication.id}>
            <span className="font-medium">
              {medication.medication} {medication.dose}
            </span>
            <span className="text-muted-foreground">
              {" "}
              · {medication.frequency} · {valueText(t, "route", medication.route)}
            </span>
          </li>
        ))}
      </Card>
      <Card
        id="allergies"
        title={t("summary.allergies")}
        empty={t("summary.noAllergies")}
        count={summary.allergies.length}
      >
        {summary.allergies.map((allergy) => (
          <li key={allergy.id}>
            <span className="font-medium">{allergy.substance}</span>
            <span className="text-muted-foreground">
              {" "}
              · {allergy.reaction} · {valueText(t, "severity", allergy.severity)}
            </span>
          </li>
        ))}
      </Card>
      <Card
        id="labs"
        title={t("summary.labs")}
        empty={t("summary.noLabs")}
        count={summary.recentLabs.length}
      >
        {summary.recentLabs.map((lab) => {
          const range = labRange(lab, t);
          return (
            <li key={lab.id} className="grid gap-1">
              <span>
                <span className="font-medium">{lab.testName}</span>: {labValue(lab)}
                {range ? <span className="text-muted-foreground"> ({range})</span> : null}
              </span>
              <span className="flex flex-wrap items-center gap-2 text-muted-foreground">
                <LocalTime date={lab.collectedAt} />
                {lab.abnormal ? <OutOfRange /> : null}
              </span>
            </li>
          );
        })}
      </Card>
      {summary.immunizations.length > 0 ? (
        <Card
          id="immunizations"
          title={t("summary.immunizations")}
          empty={t("summary.noImmunizations")}
          count={summary.immunizations.length}
        >
          {summary.immunizations.map((shot) => (
            <li key={shot.id}>
              <span className="font-medium">{shot.vaccine}</span>
              <span className="text-muted-foreground"> · {shot.administeredOn}</span>
            </li>
          ))}
        </Card>
      ) : null}
    </div>
  );
}
