import Link from "next/link";
import { useTranslations } from "next-intl";

import { LocalTime } from "~/components/local-time";

import { labRange, labValue, OutOfRange } from "./summary-cards";
import { valueText, type RecordDetail, type RecordsT } from "./types";

export interface NoteRecord {
  id: string;
  body: string;
  version: number;
  status: "draft" | "signed";
  signedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  amendsNoteId: string | null;
  amendmentReason: string | null;
  authorName: string | null;
  doctorId: string;
  patientId: string;
  appointmentId: string | null;
}

export interface NoteVersion {
  id: string;
  version: number;
  amendmentReason: string | null;
  signedAt: Date | null;
}

/** The note of a `records.get` answer, or null for any other kind of entry. */
export function noteOf(detail: RecordDetail): { note: NoteRecord; versions: NoteVersion[] } | null {
  if (detail.type !== "note") return null;
  return {
    note: detail.record as unknown as NoteRecord,
    versions: detail.versions,
  };
}

type Row = [label: string, value: React.ReactNode];

function str(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return null;
}

function moment(value: unknown): React.ReactNode {
  return value instanceof Date || typeof value === "string" ? <LocalTime date={value} /> : null;
}

/** The fields of a non-note entry, in plain language. */
function rowsOf(type: string, r: Record<string, unknown>, t: RecordsT): Row[] {
  switch (type) {
    case "encounter":
      return [
        [t("detail.visit"), str(r.title)],
        [t("detail.when"), moment(r.occurredAt)],
      ];
    case "problem":
      return [
        [t("detail.diagnosis"), str(r.description)],
        [t("detail.icd10"), str(r.icd10Code)],
        [t("detail.status"), valueText(t, "status", str(r.status))],
        [t("detail.since"), str(r.onsetDate) ?? t("detail.notRecorded")],
        [t("detail.recorded"), moment(r.recordedAt)],
      ];
    case "prescription":
      return [
        [t("detail.medicine"), str(r.medication)],
        [t("detail.dose"), str(r.dose)],
        [t("detail.route"), valueText(t, "route", str(r.route))],
        [t("detail.frequency"), str(r.frequency)],
        [
          t("detail.duration"),
          r.durationDays
            ? t("detail.days", { count: Number(r.durationDays) })
            : t("detail.noEndDate"),
        ],
        [t("detail.refills"), str(r.refills)],
        [t("detail.status"), valueText(t, "status", str(r.status))],
        [t("detail.prescribed"), moment(r.prescribedAt)],
      ];
    case "lab": {
      const lab = {
        valueNumeric: str(r.valueNumeric),
        valueText: str(r.valueText),
        unit: str(r.unit),
        referenceLow: str(r.referenceLow),
        referenceHigh: str(r.referenceHigh),
      };
      return [
        [t("detail.test"), str(r.testName)],
        [t("detail.result"), labValue(lab)],
        [t("detail.normalRange"), labRange(lab, t) ?? t("detail.notGiven")],
        [t("detail.inRange"), r.abnormal ? <OutOfRange key="o" /> : t("detail.withinRange")],
        [t("detail.collected"), moment(r.collectedAt)],
        [t("detail.reported"), moment(r.reportedAt)],
      ];
    }
    case "allergy":
      return [
        [t("detail.substance"), str(r.substance)],
        [t("detail.reaction"), str(r.reaction)],
        [t("detail.severity"), valueText(t, "severity", str(r.severity))],
        [t("detail.recorded"), moment(r.recordedAt)],
      ];
    case "immunization":
      return [
        [t("detail.vaccine"), str(r.vaccine)],
        [t("detail.givenOn"), str(r.administeredOn)],
        [t("detail.lot"), str(r.lot) ?? t("detail.notRecorded")],
      ];
    default:
      return [];
  }
}

/** One entry of the record, in plain language. A note shows its text, author, version and links. */
export function RecordDetailView({
  detail,
  hrefFor,
}: {
  detail: RecordDetail;
  hrefFor: (id: string) => string;
}) {
  const t = useTranslations("records");
  const note = noteOf(detail);
  if (!note) {
    const rows = rowsOf(detail.type, detail.record, t);
    return (
      <dl className="grid gap-3 rounded-xl border bg-card p-4 text-sm shadow-sm sm:grid-cols-[10rem_1fr] sm:p-6">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const { note: record, versions } = note;
  const others = versions.filter((v) => v.id !== record.id).sort((a, b) => a.version - b.version);
  return (
    <div className="grid gap-4">
      <dl className="grid gap-3 rounded-xl border bg-card p-4 text-sm shadow-sm sm:grid-cols-[10rem_1fr] sm:p-6">
        <dt className="font-medium">{t("detail.writtenBy")}</dt>
        <dd>{record.authorName ?? t("detail.unknown")}</dd>
        <dt className="font-medium">{t("detail.version")}</dt>
        <dd>{record.version}</dd>
        <dt className="font-medium">{t("detail.status")}</dt>
        <dd>
          {record.status === "signed" && record.signedAt
            ? t.rich("detail.signed", {
                time: () => <LocalTime date={record.signedAt!} />,
              })
            : t("detail.draft")}
        </dd>
        {record.amendmentReason ? (
          <>
            <dt className="font-medium">{t("detail.amendedWhy")}</dt>
            <dd className="whitespace-pre-line">{record.amendmentReason}</dd>
          </>
        ) : null}
        {others.length > 0 ? (
          <>
            <dt className="font-medium">{t("detail.otherVersions")}</dt>
            <dd>
              <ul className="grid gap-1">
                {others.map((v) => (
                  <li key={v.id}>
                    <Link
                      href={hrefFor(v.id)}
                      className="text-primary underline underline-offset-4"
                    >
                      {v.id === record.amendsNoteId
                        ? t("detail.originalVersion", { version: v.version })
                        : t("detail.otherVersion", { version: v.version })}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="note-text-title" className="grid gap-2">
        <h2 id="note-text-title" className="text-xl font-semibold">
          {t("type.note")}
        </h2>
        <div
          data-testid="note-body"
          className="rounded-xl border p-4 leading-relaxed whitespace-pre-wrap sm:p-6"
        >
          {record.body}
        </div>
      </section>
    </div>
  );
}
