import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";

import { Badge } from "@resq/ui/badge";

import { LocalTime } from "~/components/local-time";
import { api, signedInCaller } from "~/trpc/server";

import { AdminHeading } from "../../admin-page";
import { StatusBadge } from "../status-badge";
import { AccessActions } from "./access-actions";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "User" };
export const dynamic = "force-dynamic";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
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
        <AdminHeading title={user.name} back={{ href: "/admin/users", label: "All users" }} />
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={user.status} />
          <Badge variant="outline" className="capitalize">
            {user.role}
          </Badge>
          {user.mfaEnabled ? <Badge variant="success">Two-factor on</Badge> : null}
          {user.invitationPending && user.status === "active" ? (
            <Badge variant="warning">Invitation not yet accepted</Badge>
          ) : null}
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <Fact term="Email" value={user.email} />
          <Fact
            term="Email verified"
            value={user.emailVerifiedAt ? <LocalTime date={user.emailVerifiedAt} /> : "Not yet"}
          />
          <Fact term="Joined" value={<LocalTime date={user.createdAt} />} />
          <Fact term="Signed-in sessions" value={String(user.openSessions)} />
        </dl>
      </div>

      <section aria-labelledby="access-heading" className="grid gap-3 rounded-xl border p-4">
        <h2 id="access-heading" className="text-xl font-semibold">
          Access
        </h2>
        {isSelf ? (
          <p className="text-sm text-muted-foreground">
            This is your own account: another admin must suspend or delete it.
          </p>
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
            Profile
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
          This account was deleted: its personal data is gone. Its appointments, records and audit
          events are kept under the placeholder name.
        </p>
      )}

      <section aria-labelledby="history-heading" className="grid gap-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          Recent account events
        </h2>
        {user.history.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
        ) : (
          <ol className="grid gap-2 text-sm">
            {user.history.map((event) => (
              <li key={event.seq} className="flex flex-wrap gap-x-3 gap-y-1 rounded-md border p-2">
                <span className="font-mono">{event.action}</span>
                {event.outcome !== "success" ? <span>({event.outcome})</span> : null}
                <span className="text-muted-foreground">
                  <LocalTime date={event.occurredAt} />
                </span>
                {typeof (event.details as { reason?: unknown }).reason === "string" ? (
                  <span>Reason: {(event.details as { reason: string }).reason}</span>
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
