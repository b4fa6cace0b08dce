"use client";

import { Copy, Download } from "lucide-react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";

/**
 * Recovery codes, shown once right after they are made: copy or download them, with a clear word on
 * keeping them safe. RESQ stores only their hashes, so they cannot be shown again.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const text = `RESQ recovery codes (each works once)\n\n${codes.join("\n")}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      toast.success("Recovery codes copied.");
    } catch {
      toast.error("Could not copy. Select the codes and copy them by hand.");
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
      <h3 className="text-base font-semibold">Save your recovery codes now</h3>
      <p className="text-sm">
        If you lose your phone, each of these codes lets you sign in once instead of a code from the
        app. <strong>Store them somewhere safe</strong> (a password manager, or printed and put
        away): this is the only time RESQ shows them.
      </p>
      <ul
        aria-label="Recovery codes"
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
          Copy codes
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={download}>
          <Download aria-hidden="true" />
          Download as text
        </Button>
        <Button type="button" size="sm" onClick={onDone}>
          I have stored them safely
        </Button>
      </div>
    </div>
  );
}
