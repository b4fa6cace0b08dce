"use client";

import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import type { AppRouter } from "@resq/api";

import { apiProblem } from "~/components/api-problem";
import { useTRPC } from "~/trpc/react";

/** The kinds of packages/api/src/notifications/kinds.ts. */
type Kind = inferRouterOutputs<AppRouter>["notifications"]["preferences"][number]["kind"];

interface Preference {
  kind: Kind;
  label: string;
  description: string;
  locked: boolean;
  inApp: boolean;
  email: boolean;
}

const CHANNELS = ["inApp", "email"] as const;

type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}_${Underscored<Tail>}`
  : S;

/**
 * A kind's key under account.notificationKinds: its name with dots as underscores. Typed, so a kind
 * added to kinds.ts without its words in the catalogue fails the typecheck.
 */
function kindKey<K extends Kind>(kind: K): Underscored<K> {
  return kind.replaceAll(".", "_") as Underscored<K>;
}

/** One row per kind, one switch per channel; each change is saved at once. */
export function PreferenceTable({ initial }: { initial: Preference[] }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const save = useMutation(trpc.notifications.setPreference.mutationOptions());
  const [preferences, setPreferences] = useState(initial);

  /** The kind's name and description in the reader's language; the API's English if unknown. */
  function wordsFor(preference: Preference): { label: string; description: string } {
    const key = kindKey(preference.kind);
    if (!t.has(`notificationKinds.${key}.label`)) {
      return { label: preference.label, description: preference.description };
    }
    return {
      label: t(`notificationKinds.${key}.label`),
      description: t(`notificationKinds.${key}.description`),
    };
  }

  async function change(preference: Preference, channel: "inApp" | "email", on: boolean) {
    const next = { ...preference, [channel]: on };
    try {
      const saved = await save.mutateAsync({
        kind: preference.kind,
        inApp: next.inApp,
        email: next.email,
      });
      setPreferences(saved);
      const kind = wordsFor(preference).label;
      toast.success(t(`preferences.saved.${channel}${on ? "On" : "Off"}`, { kind }));
    } catch (error) {
      toast.error(apiProblem(error).message);
    }
  }

  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("preferences.caption")}</caption>
        <thead className="bg-muted/50 text-left">
          <tr>
            <th scope="col" className="p-3 font-medium">
              {t("preferences.kind")}
            </th>
            {CHANNELS.map((channel) => (
              <th key={channel} scope="col" className="w-24 p-3 text-center font-medium">
                {t(`preferences.channels.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preferences.map((preference) => {
            const words = wordsFor(preference);
            return (
              <tr key={preference.kind} className="border-t" data-testid="preference">
                <th scope="row" className="p-3 text-left font-normal">
                  <span className="font-medium">{words.label}</span>
                  <span className="block text-muted-foreground">{words.description}</span>
                  {preference.locked ? (
                    <span className="mt-1 inline-flex items-center gap-1 text-xs text-muted-foreground">
                      <Lock aria-hidden="true" className="size-3" /> {t("preferences.locked")}
                    </span>
                  ) : null}
                </th>
                {CHANNELS.map((channel) => (
                  <td key={channel} className="p-3 text-center">
                    <input
                      type="checkbox"
                      aria-label={t("preferences.channelFor", {
                        channel: t(`preferences.channels.${channel}`),
                        kind: words.label,
                      })}
                      checked={preference[channel]}
                      disabled={preference.locked || save.isPending}
                      onChange={(event) => void change(preference, channel, event.target.checked)}
                      className="size-5 accent-primary focus-visible:ring-[3px] focus-visible:ring-ring focus-visible:outline-none"
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
