"use client";

import { Copy, Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";

/**
 * Recovery codes, shown once right after they are made: copy or download them, with a clear word on
 * keeping them safe. RESQ stores only their hashes, so they cannot be shown again.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("account");
  const text = `${t("security.recoveryCodes.fileHeading")}\n\n${codes.join("\n")}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t("security.recoveryCodes.copied"));
    } catch {
      toast.error(t("security.recoveryCodes.copyFailed"));
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "resq-recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div
      className="grid gap-4 rounded-md border border-warning bg-warning/10 p-4"
      data-testid="recovery-codes"
    >
      <h3 className="text-base font-semibold">{t("security.recoveryCodes.heading")}</h3>
      <p className="text-sm">
        {t.rich("security.recoveryCodes.intro", {
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ul
        aria-label={t("security.recoveryCodes.listLabel")}
        className="grid grid-cols-1 gap-1 font-mono text-sm select-all min-[360px]:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code} className="rounded bg-background px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" onClick={() => void copy()}>
          <Copy aria-hidden="true" />
          {t("security.recoveryCodes.copy")}
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={download}>
          <Download aria-hidden="true" />
          {t("security.recoveryCodes.download")}
        </Button>
        <Button type="button" size="sm" onClick={onDone}>
          {t("security.recoveryCodes.done")}
        </Button>
      </div>
    </div>
  );
}
