"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarCheck } from "lucide-react";
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
      toast.success("The calendar link was revoked: calendar apps stop receiving updates.");
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
              Your private calendar link
            </CardTitle>
            <CardDescription>
              Copy it now and paste it into your calendar app (&quot;Subscribe to calendar&quot; or
              &quot;Add calendar from URL&quot;). For your safety we show it only this once; if you
              lose it, create a new one.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CopyField value={url} label="Calendar link" />
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>{feed.active ? "Subscription is on" : "Create a subscription"}</CardTitle>
          <CardDescription>
            {feed.active ? (
              <>
                Created <LocalTime date={feed.createdAt} />,{" "}
                {feed.includeDetails ? "with visit reasons" : "without visit reasons"}. Creating a
                new link replaces it: the old one stops working.
              </>
            ) : (
              "No calendar app is subscribed to your appointments."
            )}
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
              <Label htmlFor={checkboxId}>Include visit reasons</Label>
              <p id={warningId} className="text-sm text-muted-foreground">
                Off by default.{" "}
                {role === "doctor"
                  ? "With it on, your patients' reasons for their visits"
                  : "With it on, the reasons you gave for your visits"}{" "}
                are copied into your calendar app, and so to its provider and every device it syncs
                to. Health information: leave it off unless you are sure.
              </p>
            </div>
          </div>
          <FormAlert message={error} />
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={create.isPending} onClick={() => void onCreate()}>
              {feed.active ? "Create a new link" : "Create calendar link"}
            </Button>
            {feed.active ? (
              <ConfirmDialog
                trigger="Revoke"
                triggerProps={{ size: "default" }}
                title="Revoke the calendar link?"
                description="Calendar apps subscribed with it stop receiving your appointments. Appointments already shown there may stay until the app refreshes."
                confirmLabel="Revoke"
                pendingLabel="Revoking…"
                onConfirm={onRevoke}
              />
            ) : null}
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
