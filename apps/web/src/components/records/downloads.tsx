"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@resq/ui/button";
import { Spinner } from "@resq/ui/spinner";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { useTRPCClient } from "~/trpc/react";

export function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "Download PDF" and "Download FHIR file": the whole record, to keep or take elsewhere. */
export function RecordDownloads({ patientId }: { patientId?: string }) {
  const t = useTranslations("records.downloads");
  const client = useTRPCClient();
  const [pending, setPending] = useState<"pdf" | "fhir" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = patientId ? { patientId } : {};

  async function download(kind: "pdf" | "fhir") {
    setPending(kind);
    setError(null);
    try {
      if (kind === "pdf") {
        const file = await client.records.exportPdf.query(input);
        save(new Blob([bytesOf(file.base64)], { type: file.contentType }), file.filename);
      } else {
        const bundle = await client.records.exportFhir.query(input);
        save(
          new Blob([JSON.stringify(bundle, null, 2)], { type: "application/fhir+json" }),
          "health-record.fhir.json",
        );
      }
    } catch (problem) {
      setError(apiProblem(problem).message);
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-3">
        <Button variant="outline" disabled={pending !== null} onClick={() => void download("pdf")}>
          {pending === "pdf" ? (
            <Spinner label={t("preparingPdf")} className="text-current" />
          ) : (
            <Download aria-hidden="true" />
          )}
          {t("pdf")}
        </Button>
        <Button variant="outline" disabled={pending !== null} onClick={() => void download("fhir")}>
          {pending === "fhir" ? (
            <Spinner label={t("preparingFhir")} className="text-current" />
          ) : (
            <Download aria-hidden="true" />
          )}
          {t("fhir")}
        </Button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}
