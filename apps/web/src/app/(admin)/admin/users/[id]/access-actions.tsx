"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("admin.user.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const suspend = useMutation(trpc.admin.suspendUser.mutationOptions());
  const reactivate = useMutation(trpc.admin.reactivateUser.mutationOptions());
  const resetMfa = useMutation(trpc.admin.resetUserMfa.mutationOptions());
  const remove = useMutation(trpc.admin.deleteUser.mutationOptions());
  const name = user.name;

  if (user.status === "deleted")
    return <p className="text-sm text-muted-foreground">{t("deletedCannotSignIn")}</p>;

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        {user.status === "suspended" ? t("suspendedState") : t("activeState")}
      </p>
      <div className="flex flex-wrap gap-2">
        {user.status === "active" ? (
          <ReasonDialog
            id="suspend"
            trigger={t("suspend.trigger")}
            title={t("suspend.title", { name })}
            description={t("suspend.description")}
            confirmLabel={t("suspend.trigger")}
            pendingLabel={t("suspend.pending")}
            onConfirm={async ({ reason }) => {
              await suspend.mutateAsync({ userId: user.id, reason });
              toast.success(t("suspend.done", { name }));
              router.refresh();
            }}
          />
        ) : (
          <ReasonDialog
            id="reactivate"
            trigger={t("reactivate.trigger")}
            title={t("reactivate.title", { name })}
            description={t("reactivate.description")}
            confirmLabel={t("reactivate.trigger")}
            pendingLabel={t("reactivate.pending")}
            onConfirm={async ({ reason }) => {
              await reactivate.mutateAsync({ userId: user.id, reason });
              toast.success(t("reactivate.done", { name }));
              router.refresh();
            }}
          />
        )}
        {user.mfaEnabled ? (
          <ReasonDialog
            id="reset-mfa"
            trigger={t("resetMfa.trigger")}
            title={t("resetMfa.title", { name })}
            description={t("resetMfa.description")}
            confirmLabel={t("resetMfa.trigger")}
            pendingLabel={t("resetMfa.pending")}
            onConfirm={async ({ reason }) => {
              await resetMfa.mutateAsync({ userId: user.id, reason });
              toast.success(t("resetMfa.done"));
              router.refresh();
            }}
          />
        ) : null}
        <ReasonDialog
          id="delete"
          trigger={t("delete.trigger")}
          triggerVariant="destructive"
          title={t("delete.title", { name })}
          description={t("delete.description")}
          confirmLabel={t("delete.trigger")}
          pendingLabel={t("delete.pending")}
          typeToConfirm={user.email}
          onConfirm={async ({ reason, confirmEmail }) => {
            await remove.mutateAsync({ userId: user.id, reason, confirmEmail });
            toast.success(t("delete.done"));
            router.refresh();
          }}
        />
      </div>
    </div>
  );
}
