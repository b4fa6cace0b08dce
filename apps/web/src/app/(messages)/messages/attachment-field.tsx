"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { cn } from "@resq/ui/cn";
import { Label } from "@resq/ui/label";

import { ACCEPT, encodeFiles, fileProblem, type FileProblem } from "./attachment-files";

/**
 * The chosen attachments of a form, their problem, and the props for `AttachmentField`. Render
 * the field with `key={attachments.inputKey}` so that `reset()` also empties the file input.
 */
export function useAttachments() {
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  return {
    error,
    setError,
    inputKey,
    field: {
      files,
      error,
      onChange: (chosen: File[], problem: string | null) => {
        setFiles(chosen);
        setError(problem);
      },
    },
    encoded: () => encodeFiles(files),
    reset: () => {
      setFiles([]);
      setError(null);
      setInputKey((key) => key + 1);
    },
  };
}

/**
 * A file picker for up to 3 PDFs or images of at most 5 MB each, with its error beside it. The
 * chosen files are reported to the form; their problem (if any) is shown at once.
 */
export function AttachmentField({
  id,
  files,
  error,
  onChange,
}: {
  id: string;
  files: File[];
  error: string | null | undefined;
  onChange: (files: File[], problem: string | null) => void;
}) {
  const t = useTranslations("messaging.attachments");
  const say = (problem: FileProblem | null): string | null => {
    if (!problem) return null;
    switch (problem.kind) {
      case "tooMany":
        return t("tooMany", { max: problem.max });
      case "empty":
        return t("empty", { name: problem.name });
      case "tooLarge":
        return t("tooLarge", { name: problem.name });
    }
  };
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{t("label")}</Label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          onChange(chosen, say(fileProblem(chosen)));
        }}
        className="rounded-md border p-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-secondary file:px-3 file:py-1 file:text-secondary-foreground focus-visible:ring-[3px] focus-visible:ring-ring focus-visible:outline-none"
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {t("hint")}
        {files.length > 0 ? ` ${t("chosen", { files: files.map((f) => f.name).join(", ") })}` : ""}
      </p>
      <p
        id={`${id}-error`}
        role="alert"
        className={cn("text-sm text-destructive", !error && "sr-only")}
      >
        {error}
      </p>
    </div>
  );
}
