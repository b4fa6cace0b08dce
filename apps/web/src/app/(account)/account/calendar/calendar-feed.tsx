"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@resq/ui/card";
import { Checkbox } from "@resq/ui/checkbox";
import { Label } from "@resq/ui/label";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { FormAlert } from "~/components/forms/form-alert";
import { LocalTime } from "~/components/local-time";
import { useTRPC } from "~/trpc/react";

import { CopyField } from "./copy-field";

type Feed = { active: false } | { active: true; includeDetails: boolean; createdAt: Date };

export function CalendarFeed({
  initialFeed,
  role,
}: {
  initialFeed: Feed;
  role: "patient" | "doctor";
}) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useQuery(
    trpc.calendar.feed.queryOptions(undefined, { initialData: initialFeed }),
  ).data;
  const create = useMutation(trpc.calendar.createFeed.mutationOptions());
  const revoke = useMutation(trpc.calendar.revokeFeed.mutationOptions());
  const [includeDetails, setIncludeDetails] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checkboxId = useId();
  const warningId = useId();

  async function refresh() {
    await queryClient.invalidateQueries(trpc.calendar.feed.queryFilter());
  }

  async function onCreate() {
    setError(null);
    try {
      const created = await create.mutateAsync({ includeDetails });
      setUrl(created.url);
      await refresh();
    } catch (failure) {
      setError(apiProblem(failure).message);
    }
  }

  async function onRevoke() {
    try {
      await revoke.mutateAsync();
      setUrl(null);
      toast.success(t("calendar.revoked"));
    } catch (failure) {
      toast.error(apiProblem(failure).message);
    }
    await refresh();
  }

  return (
    <div className="grid gap-6">
      {url ? (
        <Card className="border-primary">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CalendarCheck aria-hidden="true" className="size-5 text-primary" />
              {t("calendar.newLink.title")}
            </CardTitle>
            <CardDescription>{t("calendar.newLink.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CopyField value={url} label={t("calendar.newLink.label")} />
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            {feed.active ? t("calendar.activeTitle") : t("calendar.inactiveTitle")}
          </CardTitle>
          <CardDescription>
            {feed.active
              ? t.rich(
                  feed.includeDetails
                    ? "calendar.activeWithDetails"
                    : "calendar.activeWithoutDetails",
                  { date: () => <LocalTime date={feed.createdAt} /> },
                )
              : t("calendar.inactive")}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="flex items-start gap-3">
            <Checkbox
              id={checkboxId}
              checked={includeDetails}
              onCheckedChange={(checked) => setIncludeDetails(checked === true)}
              aria-describedby={warningId}
              className="mt-0.5"
            />
            <div className="grid gap-1">
              <Label htmlFor={checkboxId}>{t("calendar.includeDetails")}</Label>
              <p id={warningId} className="text-sm text-muted-foreground">
                {t(`calendar.detailsWarning.${role}`)}
              </p>
            </div>
          </div>
          <FormAlert message={error} />
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={create.isPending} onClick={() => void onCreate()}>
              {feed.active ? t("calendar.createNew") : t("calendar.create")}
            </Button>
            {feed.active ? (
              <ConfirmDialog
                trigger={t("calendar.revoke")}
                triggerProps={{ size: "default" }}
                title={t("calendar.revokeTitle")}
                description={t("calendar.revokeDescription")}
                confirmLabel={t("calendar.revoke")}
                pendingLabel={t("calendar.revoking")}
                onConfirm={onRevoke}
              />
            ) : null}
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
