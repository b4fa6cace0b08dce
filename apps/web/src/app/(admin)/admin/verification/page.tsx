import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { Button } from "@resq/ui/button";
import { cn } from "@resq/ui/cn";

import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { DecisionButtons } from "./decision-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("verification.title") };
}

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;
const STATUSES = ["pending", "verified", "rejected", "draft"] as const;
type Status = (typeof STATUSES)[number];

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
  const t = await getTranslations("admin");
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status) ?? "pending";
  const requested = Number(typeof params.page === "string" ? params.page : "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const queue = await (await api()).verification.queue({ status, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  const label = t(`verification.statuses.${status}`);

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <p className="text-sm">
          <Link
            href="/admin"
            className="text-primary underline underline-offset-4 hover:no-underline"
          >
            {t("common.dashboardLink")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{t("verification.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("verification.intro")}</p>
      </div>

      <nav aria-label={t("verification.statusNav")}>
        <ul className="flex flex-wrap gap-2">
          {STATUSES.map((option) => (
            <li key={option}>
              <Link
                href={href(option)}
                aria-current={option === status ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md border px-3 text-sm font-medium hover:bg-accent",
                  option === status && "border-primary bg-accent",
                )}
              >
                {t(`verification.statuses.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
        {queue.total === 0
          ? t("verification.none", { status: label })
          : t(status === "pending" ? "verification.countPending" : "verification.count", {
              count: queue.total,
              status: label,
            })}
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
                      {doctor.name ?? t("verification.noName")}
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
                  <Detail term={t("verification.specialty")} value={doctor.specialtyLabel} />
                  <Detail
                    term={t("verification.yearsInPractice")}
                    value={doctor.yearsOfPractice == null ? null : String(doctor.yearsOfPractice)}
                  />
                  <Detail
                    term={t("verification.licenceNumber")}
                    value={doctor.licenceNumber}
                    mono
                  />
                  <Detail term={t("verification.issuedBy")} value={doctor.licenceAuthority} />
                  <Detail term={t("verification.licenceExpires")} value={doctor.licenceExpiresOn} />
                  <Detail
                    term={t("verification.practice")}
                    value={[doctor.practiceName, doctor.city].filter(Boolean).join(", ") || null}
                  />
                  <Detail term={t("verification.education")} value={doctor.education} />
                  <div className="grid gap-0.5">
                    <dt className="text-muted-foreground">{t("verification.submitted")}</dt>
                    <dd>
                      {doctor.submittedAt ? (
                        <LocalTime date={doctor.submittedAt} />
                      ) : (
                        t("common.notYet")
                      )}
                    </dd>
                  </div>
                  {doctor.decidedAt ? (
                    <div className="grid gap-0.5">
                      <dt className="text-muted-foreground">{t("verification.decided")}</dt>
                      <dd>
                        <LocalTime date={doctor.decidedAt} />
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {doctor.note ? (
                  <p className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">
                    <span className="font-medium">{t("verification.reasonGiven")} </span>
                    {doctor.note}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}

      {pages > 1 ? (
        <nav aria-label={t("verification.pages")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(status, page - 1)}>{t("common.previousPage")}</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground">
            {t("common.pageOf", { page, pages })}
          </span>
          {page < pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(status, page + 1)}>{t("common.nextPage")}</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function Detail({ term, value, mono }: { term: string; value: string | null; mono?: boolean }) {
  const t = useTranslations("admin");
  return (
    <div className="grid gap-0.5">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className={cn(mono && "font-mono", !value && "text-muted-foreground")}>
        {value ?? t("verification.notGiven")}
      </dd>
    </div>
  );
}
