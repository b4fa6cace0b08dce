"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { Button } from "@resq/ui/button";
import { Input } from "@resq/ui/input";
import { Label } from "@resq/ui/label";

/** A read-only value with a Copy button; the result is announced. */
export function CopyField({ value, label }: { value: string; label: string }) {
  const id = useId();
  const t = useTranslations("account");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="font-mono text-sm"
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {status === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {t("calendar.copy.button")}
        </Button>
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {status === "idle" ? "" : t(`calendar.copy.${status}`)}
      </p>
    </div>
  );
}
