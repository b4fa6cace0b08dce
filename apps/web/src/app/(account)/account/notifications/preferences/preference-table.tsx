"use client";

import { useMutation } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { apiProblem } from "~/components/api-problem";
import { useTRPC } from "~/trpc/react";

interface Preference {
  kind: string;
  label: string;
  description: string;
  locked: boolean;
  inApp: boolean;
  email: boolean;
}

const CHANNELS = [
  { key: "inApp", label: "In the app" },
  { key: "email", label: "Email" },
] as const;

/** One row per kind, one switch per channel; each change is saved at once. */
export function PreferenceTable({ initial }: { initial: Preference[] }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.notifications.setPreference.mutationOptions());
  const [preferences, setPreferences] = useState(initial);

  async function change(preference: Preference, channel: "inApp" | "email", on: boolean) {
    const next = { ...preference, [channel]: on };
    try {
      const saved = await save.mutateAsync({
        kind: preference.kind as Parameters<typeof save.mutateAsync>[0]["kind"],
        inApp: next.inApp,
        email: next.email,
      });
      setPreferences(saved);
      const where = channel === "inApp" ? "in the app" : "by email";
      toast.success(`${preference.label}: ${on ? "on" : "off"} ${where}.`);
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-sm">
        <caption className="sr-only">Notification preferences by kind and channel</caption>
        <thead className="bg-muted/50 text-left">
          <tr>
            <th scope="col" className="p-3 font-medium">
              Kind
            </th>
            {CHANNELS.map((channel) => (
              <th key={channel.key} scope="col" className="w-24 p-3 text-center font-medium">
                {channel.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preferences.map((preference) => (
            <tr key={preference.kind} className="border-t" data-testid="preference">
              <th scope="row" className="p-3 text-left font-normal">
                <span className="font-medium">{preference.label}</span>
                <span className="block text-muted-foreground">{preference.description}</span>
                {preference.locked ? (
                  <span className="mt-1 inline-flex items-center gap-1 text-xs text-muted-foreground">
                    <Lock aria-hidden="true" className="size-3" /> Always on, for your security
                  </span>
                ) : null}
              </th>
              {CHANNELS.map((channel) => (
                <td key={channel.key} className="p-3 text-center">
                  <input
                    type="checkbox"
                    aria-label={`${channel.label}: ${preference.label}`}
                    checked={preference[channel.key]}
                    disabled={preference.locked || save.isPending}
                    onChange={(event) => void change(preference, channel.key, event.target.checked)}
                    className="size-5 accent-primary focus-visible:ring-[3px] focus-visible:ring-ring focus-visible:outline-none"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
