import { Plus } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";

import { SUPPORT_CATEGORIES } from "@resq/api/support-schemas";
import { Button } from "@resq/ui/button";

import { Pager, pageParam } from "~/components/appointments/pager";
import { BackLink } from "~/components/back-link";
import { LocalTime } from "~/components/local-time";
import { api } from "~/trpc/server";

import { relativeAge } from "./age";
import { NewTicketForm } from "./new-ticket-form";
import { ReplyForm } from "./reply-form";
import { SupportStatusBadge } from "./status-badge";
import { TicketThread } from "./ticket-thread";

/*
 * The support pages of patients and doctors: the same pages in each role's own area
 * (/patient/support, /doctor/support), so each role's navigation stays in its area.
 */

const PAGE_SIZE = 20;

type SupportT = Awaited<ReturnType<typeof getTranslations<"support">>>;

/** A request's topic in words; an unknown one as it is. */
function categoryLabel(value: string, t: SupportT): string {
  const category = SUPPORT_CATEGORIES.find((c) => c.value === value);
  return category ? t(`form.categories.${category.value}`) : value;
}

/** The caller's requests, most recently active first, with status and age. */
export async function MySupportRequests({
  basePath,
  searchParams,
}: {
  basePath: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations("support");
  const locale = await getLocale();
  const page = pageParam(searchParams.page);
  const list = await (await api()).support.mine({ page, pageSize: PAGE_SIZE });
  const now = new Date();
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl font-semibold">{t("list.title")}</h1>
          <p className="max-w-2xl text-muted-foreground">{t("list.intro")}</p>
        </div>
        <Button asChild>
          <Link href={`${basePath}/new`}>
            <Plus aria-hidden="true" />
            {t("list.newRequest")}
          </Link>
        </Button>
      </div>
      {list.total === 0 ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-muted-foreground">
          {t("list.empty")}
        </p>
      ) : (
        <ul className="grid gap-3" aria-label={t("list.yours")}>
          {list.items.map((ticket) => (
            <li key={ticket.id}>
              <Link
                href={`${basePath}/${ticket.id}`}
                className="grid gap-1 rounded-xl border bg-card p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{ticket.subject}</span>
                  <SupportStatusBadge status={ticket.status} />
                </span>
                <span className="text-sm text-muted-foreground">
                  {ticket.reference} · {categoryLabel(ticket.category, t)} ·{" "}
                  {openedAgo(relativeAge(ticket.createdAt, locale, now), t)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        hasNext={page * PAGE_SIZE < list.total}
        hrefFor={(p) => `${basePath}?page=${p}`}
        label={t("list.pagerLabel")}
      />
    </div>
  );
}

/** "opened 5 minutes ago", or "opened just now". */
function openedAgo(age: string | null, t: SupportT): string {
  return age ? t("list.openedAgo", { age }) : t("list.openedJustNow");
}

export function NewSupportRequest({ basePath }: { basePath: string }) {
  const t = useTranslations("support");
  return (
    <div className="grid max-w-2xl gap-6">
      <div className="grid gap-2">
        <BackLink href={basePath}>{t("list.yours")}</BackLink>
        <h1 className="text-3xl font-semibold">{t("new.title")}</h1>
        <p className="text-muted-foreground">{t("new.intro")}</p>
      </div>
      <NewTicketForm basePath={basePath} />
    </div>
  );
}

/** One of the caller's requests with its conversation; anyone else's is "not found". */
export async function SupportRequest({ basePath, id }: { basePath: string; id: string }) {
  const t = await getTranslations("support");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const ticket = await (await api()).support.get({ id }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="grid max-w-3xl gap-6">
      <div className="grid gap-2">
        <BackLink href={basePath}>{t("list.yours")}</BackLink>
        <h1 className="text-3xl font-semibold break-words">{ticket.subject}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <SupportStatusBadge status={ticket.status} />
          <span>
            {t.rich("request.opened", {
              reference: ticket.reference,
              category: categoryLabel(ticket.category, t),
              when: () => <LocalTime date={ticket.createdAt} />,
            })}
          </span>
        </p>
      </div>
      <TicketThread messages={ticket.messages} />
      <section aria-labelledby="reply-heading" className="grid gap-3">
        <h2 id="reply-heading" className="text-xl font-semibold">
          {t("request.reply")}
        </h2>
        <ReplyForm
          ticketId={ticket.id}
          label={t("request.yourReply")}
          hint={ticket.status === "closed" ? t("request.closedHint") : undefined}
        />
      </section>
    </div>
  );
}
