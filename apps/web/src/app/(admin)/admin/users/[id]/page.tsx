import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";

import { Badge } from "@resq/ui/badge";

import { LocalTime } from "~/components/local-time";
import { api, signedInCaller } from "~/trpc/server";

import { AdminHeading } from "../../admin-page";
import { outcomeLabel } from "../../labels";
import { StatusBadge } from "../status-badge";
import { AccessActions } from "./access-actions";
import { ProfileForm } from "./profile-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("user.metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("admin");
  if (!z.uuid().safeParse(id).success) notFound();
  const caller = await signedInCaller();
  const user = await (await api()).admin.user({ userId: id }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const isSelf = caller?.userId === user.id;

  return (
    <div className="grid gap-8">
      <div className="grid gap-3">
        <AdminHeading
          title={user.name}
          back={{ href: "/admin/users", label: t("user.allUsers") }}
        />
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={user.status} />
          <Badge variant="outline" className="capitalize">
            {t(`roles.${user.role}`)}
          </Badge>
          {user.mfaEnabled ? <Badge variant="success">{t("user.twoFactorOn")}</Badge> : null}
          {user.invitationPending && user.status === "active" ? (
            <Badge variant="warning">{t("user.invitationPending")}</Badge>
          ) : null}
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <Fact term={t("user.email")} value={user.email} />
          <Fact
            term={t("user.emailVerified")}
            value={
              user.emailVerifiedAt ? <LocalTime date={user.emailVerifiedAt} /> : t("common.notYet")
            }
          />
          <Fact term={t("user.joined")} value={<LocalTime date={user.createdAt} />} />
          <Fact term={t("user.sessions")} value={String(user.openSessions)} />
        </dl>
      </div>

      <section aria-labelledby="access-heading" className="grid gap-3 rounded-xl border p-4">
        <h2 id="access-heading" className="text-xl font-semibold">
          {t("user.access")}
        </h2>
        {isSelf ? (
          <p className="text-sm text-muted-foreground">{t("user.ownAccount")}</p>
        ) : (
          <AccessActions
            user={{
              id: user.id,
              name: user.name,
              email: user.email,
              status: user.status,
              mfaEnabled: user.mfaEnabled,
            }}
          />
        )}
      </section>

      {user.status !== "deleted" ? (
        <section aria-labelledby="profile-heading" className="grid gap-3 rounded-xl border p-4">
          <h2 id="profile-heading" className="text-xl font-semibold">
            {t("user.profile")}
          </h2>
          <ProfileForm
            userId={user.id}
            role={user.role}
            values={{
              name: user.name,
              email: user.email,
              phone: user.phone ?? "",
              addressLine: user.addressLine ?? "",
              city: user.city ?? "",
              postalCode: user.postalCode ?? "",
              country: user.country ?? "",
              dateOfBirth: user.dateOfBirth ?? "",
            }}
          />
        </section>
      ) : (
        <p className="rounded-xl border p-4 text-sm text-muted-foreground">
          {t("user.deletedNote")}
        </p>
      )}

      <section aria-labelledby="history-heading" className="grid gap-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("user.history")}
        </h2>
        {user.history.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("user.noHistory")}</p>
        ) : (
          <ol className="grid gap-2 text-sm">
            {user.history.map((event) => (
              <li key={event.seq} className="flex flex-wrap gap-x-3 gap-y-1 rounded-md border p-2">
                <span className="font-mono">{event.action}</span>
                {event.outcome !== "success" ? (
                  <span>{t("user.outcome", { outcome: outcomeLabel(t, event.outcome) })}</span>
                ) : null}
                <span className="text-muted-foreground">
                  <LocalTime date={event.occurredAt} />
                </span>
                {typeof (event.details as { reason?: unknown }).reason === "string" ? (
                  <span>
                    {t("user.reason", { reason: (event.details as { reason: string }).reason })}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="break-all">{value}</dd>
    </div>
  );
}
