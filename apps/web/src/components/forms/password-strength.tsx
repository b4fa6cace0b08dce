"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo } from "react";

import {
  assessPassword,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
} from "@resq/auth/password-policy";
import { cn } from "@resq/ui/cn";

/** The score's words, by score (common.passwordStrength.labels). */
const LABELS = ["veryWeak", "weak", "fair", "strong", "veryStrong"] as const;
const BAR_COLOURS = ["bg-destructive", "bg-destructive", "bg-warning", "bg-success", "bg-success"];

/**
 * Live feedback on a new password, judged by the same policy as the server: the score as words and
 * a bar, what is wrong, and how to improve it. `id` lets the password field point at it
 * (aria-describedby); it is not a live region, so it does not talk over the typing.
 */
export function PasswordStrength({
  id,
  password,
  userInputs = [],
}: {
  id: string;
  password: string;
  userInputs?: string[];
}) {
  const t = useTranslations("common.passwordStrength");
  // Scoring runs a dictionary check; let typing stay fluid on slow phones.
  const deferred = useDeferredValue(password);
  const inputsKey = userInputs.join("\u0000");
  const assessment = useMemo(
    () => (deferred ? assessPassword(deferred, inputsKey ? inputsKey.split("\u0000") : []) : null),
    [deferred, inputsKey],
  );
  const length = [...deferred].length;

  if (!assessment) {
    return (
      <p id={id} className="text-sm text-muted-foreground">
        {t("hint", { min: PASSWORD_MIN_LENGTH, recommended: PASSWORD_RECOMMENDED_LENGTH })}
      </p>
    );
  }

  const score = Math.max(0, Math.min(4, assessment.score));
  return (
    <div id={id} className="grid gap-1.5 text-sm" data-testid="password-strength">
      <div aria-hidden="true" className="flex h-1.5 gap-1">
        {[0, 1, 2, 3].map((segment) => (
          <span
            key={segment}
            className={cn(
              "h-full flex-1 rounded-full",
              segment < Math.max(1, score) ? BAR_COLOURS[score] : "bg-muted",
            )}
          />
        ))}
      </div>
      <p>
        <span className="font-medium">
          {t("strength", { label: t(`labels.${LABELS[score] ?? "veryWeak"}`) })}
        </span>{" "}
        <span className="text-muted-foreground">
          {t(assessment.acceptable ? "scoreAccepted" : "scoreNotAccepted", { score })}
        </span>
      </p>
      {assessment.problem ? <p className="text-muted-foreground">{assessment.problem}</p> : null}
      {assessment.suggestions.length > 0 ? (
        <ul className="list-disc pl-5 text-muted-foreground">
          {assessment.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
      {length < PASSWORD_RECOMMENDED_LENGTH ? (
        <p className="text-muted-foreground">
          {t("tip", { recommended: PASSWORD_RECOMMENDED_LENGTH })}
        </p>
      ) : null}
    </div>
  );
}
