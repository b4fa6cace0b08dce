import Link from "next/link";

import { LocalTime } from "~/components/local-time";

import { labRange, labValue, OutOfRange } from "./summary-cards";
import { typeLabel, type RecordDetail } from "./types";

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
function rowsOf(type: string, r: Record<string, unknown>): Row[] {
  switch (type) {
    case "encounter":
      return [
        ["Visit", str(r.title)],
        ["When", moment(r.occurredAt)],
      ];
    case "problem":
      return [
        ["Diagnosis", str(r.description)],
        ["Code (ICD-10)", str(r.icd10Code)],
        ["Status", str(r.status)],
        ["Since", str(r.onsetDate) ?? "Not recorded"],
        ["Recorded", moment(r.recordedAt)],
      ];
    case "prescription":
      return [
        ["Medicine", str(r.medication)],
        ["Dose", str(r.dose)],
        ["How to take it", str(r.route)],
        ["How often", str(r.frequency)],
        ["For", r.durationDays ? `${str(r.durationDays)} days` : "No end date"],
        ["Refills", str(r.refills)],
        ["Status", str(r.status)],
        ["Prescribed", moment(r.prescribedAt)],
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
        ["Test", str(r.testName)],
        ["Result", labValue(lab)],
        ["Normal range", labRange(lab) ?? "Not given"],
        ["In range?", r.abnormal ? <OutOfRange key="o" /> : "Within the normal range"],
        ["Collected", moment(r.collectedAt)],
        ["Reported", moment(r.reportedAt)],
      ];
    }
    case "allergy":
      return [
        ["Substance", str(r.substance)],
        ["Reaction", str(r.reaction)],
        ["Severity", str(r.severity)],
        ["Recorded", moment(r.recordedAt)],
      ];
    case "immunization":
      return [
        ["Vaccine", str(r.vaccine)],
        ["Given on", str(r.administeredOn)],
        ["Batch (lot)", str(r.lot) ?? "Not recorded"],
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
  const note = noteOf(detail);
  if (!note) {
    const rows = rowsOf(detail.type, detail.record);
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
        <dt className="font-medium">Written by</dt>
        <dd>{record.authorName ?? "Unknown"}</dd>
        <dt className="font-medium">Version</dt>
        <dd>{record.version}</dd>
        <dt className="font-medium">Status</dt>
        <dd>
          {record.status === "signed" && record.signedAt ? (
            <>
              Signed <LocalTime date={record.signedAt} />
            </>
          ) : (
            "Draft (not signed yet; only its author sees it)"
          )}
        </dd>
        {record.amendmentReason ? (
          <>
            <dt className="font-medium">Why it was amended</dt>
            <dd className="whitespace-pre-line">{record.amendmentReason}</dd>
          </>
        ) : null}
        {others.length > 0 ? (
          <>
            <dt className="font-medium">Other versions</dt>
            <dd>
              <ul className="grid gap-1">
                {others.map((v) => (
                  <li key={v.id}>
                    <Link
                      href={hrefFor(v.id)}
                      className="text-primary underline underline-offset-4"
                    >
                      {v.id === record.amendsNoteId ? "The original: " : ""}version {v.version}
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
          {typeLabel("note")}
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
