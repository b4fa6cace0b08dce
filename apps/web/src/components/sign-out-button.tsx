"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { Button, type ButtonProps } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { useTRPC } from "~/trpc/react";

/** Ends this browser session, forgets cached account data, and goes to `to` (the home page). */
export function SignOutButton({
  to = "/",
  children,
  ...props
}: Omit<ButtonProps, "onClick" | "type"> & { to?: string }) {
  const t = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());

  async function onSignOut() {
    try {
      await signOut.mutateAsync();
    } catch (error) {
      // An already-ended session is signed out anyway; anything else is worth saying.
      const problem = apiProblem(error);
      if (problem.httpStatus !== 401) {
        toast.error(problem.message);
        return;
      }
    }
    queryClient.clear();
    router.push(to);
    router.refresh();
  }

  return (
    <Button type="button" {...props} disabled={signOut.isPending} onClick={() => void onSignOut()}>
      {signOut.isPending ? <Spinner label={t("signOut.pending")} className="text-current" /> : null}
      {children ?? t("signOut.label")}
    </Button>
  );
}
