import type { Metadata } from "next";
import Link from "next/link";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { DecisionButtons } from "./decision-buttons";

export const metadata: Metadata = { title: "Doctor verification" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;
const STATUSES = [
  { value: "pending", label: "Waiting for review" },
  { value: "verified", label: "Verified" },
  { value: "rejected", label: "Rejected" },
  { value: "draft", label: "Still setting up" },
] as const;
type Status = (typeof STATUSES)[number]["value"];

function href(status: Status, page = 1) {
  const params = new URLSearchParams();
  if (status !== "pending") params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/verification?${search}` : "/admin/verification";
}

export default async function VerificationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const status = STATUSES.find((s) => s.value === params.status)?.value ?? "pending";
  const requested = Number(typeof params.page === "string" ? params.page : "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const queue = await (await api()).verification.queue({ status, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const label = STATUSES.find((s) => s.value === status)?.label ?? status;

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href="/admin"
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            Admin dashboard
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Doctor verification</h1>
        <p className="max-w-3xl text-muted-foreground">
          Check each doctor&apos;s licence with the issuing authority before approving: approved
          doctors appear in the directory and can be booked. A rejection needs a reason, which the
          doctor sees and can act on.
        </p>
      </div>

      <nav aria-label="Verification status">
        <ul className="flex flex-wrap gap-2">
          {STATUSES.map((option) => (
            <li key={option.value}>
              <Link
                href={href(option.value)}
                aria-current={option.value === status ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md border px-3 text-sm font-medium hover:bg-accent",
                  option.value === status && "border-primary bg-accent",
                )}
              >
                {option.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
        {queue.total === 0
          ? `No doctors in “${label}”.`
          : `${queue.total} ${queue.total === 1 ? "doctor" : "doctors"} in “${label}”${
              status === "pending" ? ", oldest submission first" : ""
            }.`}
      </p>

      {queue.items.length > 0 ? (
        <ul className="grid gap-4" aria-label={label}>
          {queue.items.map((doctor) => (
            <li key={doctor.doctorId}>
              <article
                aria-labelledby={`doctor-${doctor.doctorId}`}
                className="grid gap-4 rounded-xl border bg-card p-4 shadow-sm"
                data-testid="verification-doctor"
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="grid gap-1">
                    <h2 id={`doctor-${doctor.doctorId}`} className="text-lg font-semibold">
                      {doctor.name ?? "(no name yet)"}
                    </h2>
                    <p className="text-sm break-all text-muted-foreground">{doctor.email}</p>
                  </div>
                  {status === "pending" ? (
                    <DecisionButtons
                      doctorId={doctor.doctorId}
                      name={doctor.name ?? doctor.email}
                    />
                  ) : null}
                </div>
                <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
                  <Detail term="Specialty" value={doctor.specialtyLabel} />
                  <Detail
                    term="Years in practice"
                    value={doctor.yearsOfPractice == null ? null : String(doctor.yearsOfPractice)}
                  />
                  <Detail term="Licence number" value={doctor.licenceNumber} mono />
                  <Detail term="Issued by" value={doctor.licenceAuthority} />
                  <Detail term="Licence expires" value={doctor.licenceExpiresOn} />
                  <Detail
                    term="Practice"
                    value={[doctor.practiceName, doctor.city].filter(Boolean).join(", ") || null}
                  />
                  <Detail term="Education" value={doctor.education} />
                  <div className="grid gap-0.5">
                    <dt className="text-muted-foreground">Submitted</dt>
                    <dd>
                      {doctor.submittedAt ? <LocalTime date={doctor.submittedAt} /> : "Not yet"}
                    </dd>
                  </div>
                  {doctor.decidedAt ? (
                    <div className="grid gap-0.5">
                      <dt className="text-muted-foreground">Decided</dt>
                      <dd>
                        <LocalTime date={doctor.decidedAt} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {doctor.note ? (
                  <p className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
                    <span className="font-medium">Reason given: </span>
                    {doctor.note}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}

      {pages > 1 ? (
        <nav aria-label="Queue pages" className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(status, page - 1)}>Previous page</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(status, page + 1)}>Next page</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function Detail({ term, value, mono }: { term: string; value: string | null; mono?: boolean }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className={cn(mono && "font-mono", !value && "text-muted-foreground")}>
        {value ?? "Not given"}
      </dd>
    </div>
  );
}
