"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { useTRPC } from "~/trpc/react";

import { ReasonDialog } from "./reason-dialog";

interface Target {
  id: string;
  name: string;
  email: string;
  status: "active" | "suspended" | "deleted";
  mfaEnabled: boolean;
}

/** Suspend or reactivate, reset two-factor, delete: each with a reason the audit log keeps. */
export function AccessActions({ user }: { user: Target }) {
  const trpc = useTRPC();
  const router = useRouter();
  const suspend = useMutation(trpc.admin.suspendUser.mutationOptions());
  const reactivate = useMutation(trpc.admin.reactivateUser.mutationOptions());
  const resetMfa = useMutation(trpc.admin.resetUserMfa.mutationOptions());
  const remove = useMutation(trpc.admin.deleteUser.mutationOptions());

  if (user.status === "deleted")
    return <p className="text-sm text-muted-foreground">A deleted account cannot sign in.</p>;

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        {user.status === "suspended"
          ? "Suspended: this account cannot sign in."
          : "Active: this account can sign in."}
      </p>
      <div className="flex flex-wrap gap-2">
        {user.status === "active" ? (
          <ReasonDialog
            id="suspend"
            trigger="Suspend"
            title={`Suspend ${user.name}?`}
            description="They are signed out everywhere at once (browser and apps) and cannot sign in until reactivated."
            confirmLabel="Suspend"
            pendingLabel="Suspending…"
            onConfirm={async ({ reason }) => {
              await suspend.mutateAsync({ userId: user.id, reason });
              toast.success(`${user.name} is suspended and signed out.`);
              router.refresh();
            }}
          />
        ) : (
          <ReasonDialog
            id="reactivate"
            trigger="Reactivate"
            title={`Reactivate ${user.name}?`}
            description="They can sign in again with their password."
            confirmLabel="Reactivate"
            pendingLabel="Reactivating…"
            onConfirm={async ({ reason }) => {
              await reactivate.mutateAsync({ userId: user.id, reason });
              toast.success(`${user.name} can sign in again.`);
              router.refresh();
            }}
          />
        )}
        {user.mfaEnabled ? (
          <ReasonDialog
            id="reset-mfa"
            trigger="Reset two-factor"
            title={`Reset two-factor for ${user.name}?`}
            description="Their authenticator and recovery codes are removed and their sessions end. Check their identity first."
            confirmLabel="Reset two-factor"
            pendingLabel="Resetting…"
            onConfirm={async ({ reason }) => {
              await resetMfa.mutateAsync({ userId: user.id, reason });
              toast.success("Two-factor authentication was reset.");
              router.refresh();
            }}
          />
        ) : null}
        <ReasonDialog
          id="delete"
          trigger="Delete account"
          triggerVariant="destructive"
          title={`Delete ${user.name}?`}
          description="Their name, email, phone, address, date of birth and sign-in methods are erased; appointments, records, billing and audit events are kept. This cannot be undone."
          confirmLabel="Delete account"
          pendingLabel="Deleting…"
          typeToConfirm={user.email}
          onConfirm={async ({ reason, confirmEmail }) => {
            await remove.mutateAsync({ userId: user.id, reason, confirmEmail });
            toast.success("The account was deleted and its personal data erased.");
            router.refresh();
          }}
        />
      </div>
    </div>
  );
}
