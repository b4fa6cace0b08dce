"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Spinner } from "@resq/ui/spinner";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem } from "~/components/api-problem";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { FormAlert } from "~/components/forms/form-alert";
import { useTRPC } from "~/trpc/react";

const MAX = 20_000;

type NoteT = ReturnType<typeof useTranslations<"records.note">>;

function bodyError(body: string, t: NoteT): string | null {
  if (!body.trim()) return t("errors.body");
  if (body.trim().length > MAX) return t("errors.bodyTooLong");
  return null;
}

/**
 * A treatment note: written as a draft (saved on demand, encrypted, only its author sees it), then
 * signed, after which it never changes (an amendment makes a new version).
 */
export function NoteEditor({
  patientId,
  noteId: initialId,
  appointmentId,
  initialBody = "",
}: {
  patientId: string;
  noteId?: string;
  appointmentId?: string;
  initialBody?: string;
}) {
  const t = useTranslations("records.note");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const saveDraft = useMutation(trpc.records.saveNoteDraft.mutationOptions());
  const sign = useMutation(trpc.records.signNote.mutationOptions());
  const [noteId, setNoteId] = useState(initialId);
  const [body, setBody] = useState(initialBody);
  const [savedBody, setSavedBody] = useState(initialId ? initialBody : null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  async function save(): Promise<string | null> {
    const invalid = bodyError(body, t);
    setError(invalid);
    if (invalid) return null;
    setFormError(null);
    try {
      const { id } = await saveDraft.mutateAsync({ patientId, noteId, appointmentId, body });
      setNoteId(id);
      setSavedBody(body);
      setSavedAt(new Date().toLocaleTimeString(locale, { timeStyle: "short" }));
      return id;
    } catch (problem) {
      const p = apiProblem(problem);
      if (p.fields.body) setError(p.fields.body);
      else setFormError(p.message);
      return null;
    }
  }

  async function signNow() {
    const id = savedBody === body && noteId ? noteId : await save();
    if (!id) return;
    try {
      await sign.mutateAsync({ noteId: id });
      toast.success(t("signed"));
      router.push(`/doctor/patients/${patientId}/records/${id}`);
      router.refresh();
    } catch (problem) {
      setFormError(apiProblem(problem).message);
    }
  }

  const unsaved = savedBody !== body;
  return (
    <div className="grid gap-4">
      <FormAlert message={formError} />
      <FormField
        label={t("label")}
        id="note-body"
        error={error ?? undefined}
        description={t("hint")}
        required
      >
        <Textarea
          rows={8}
          value={body}
          maxLength={MAX}
          onChange={(event) => {
            setBody(event.target.value);
            if (error) setError(bodyError(event.target.value, t));
          }}
          {...fieldAriaProps("note-body", {
            error: error ?? undefined,
            description: "note-body",
          })}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="outline"
          disabled={saveDraft.isPending || sign.isPending}
          onClick={() => void save().then((id) => id && toast.success(t("draftSaved")))}
        >
          {saveDraft.isPending ? <Spinner label={t("saving")} className="text-current" /> : null}
          {t("saveDraft")}
        </Button>
        <ConfirmDialog
          trigger={t("sign")}
          triggerProps={{
            size: "default",
            variant: "default",
            disabled: !body.trim() || saveDraft.isPending || sign.isPending,
          }}
          title={t("signTitle")}
          description={t("signDescription")}
          confirmLabel={t("sign")}
          pendingLabel={t("signing")}
          onConfirm={signNow}
        />
        <p className="text-sm text-muted-foreground" role="status">
          {noteId && !unsaved && savedAt
            ? t("savedAtTime", { time: savedAt })
            : noteId && unsaved
              ? t("unsaved")
              : ""}
        </p>
      </div>
    </div>
  );
}

/** Amends a signed note: the new text and why; both versions stay in the record. */
export function AmendNoteForm({
  patientId,
  noteId,
  initialBody,
}: {
  patientId: string;
  noteId: string;
  initialBody: string;
}) {
  const t = useTranslations("records.note");
  const trpc = useTRPC();
  const router = useRouter();
  const amend = useMutation(trpc.records.amendNote.mutationOptions());
  const [body, setBody] = useState(initialBody);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ body?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = {
      body: bodyError(body, t) ?? undefined,
      reason:
        reason.trim().length < 5
          ? t("errors.reason")
          : reason.trim().length > 500
            ? t("errors.reasonTooLong")
            : undefined,
    };
    if (!next.body && body.trim() === initialBody.trim()) next.body = t("errors.unchanged");
    setErrors(next);
    if (next.body || next.reason) return;
    setFormError(null);
    try {
      const { id, version } = await amend.mutateAsync({ noteId, body, reason });
      toast.success(t("amendmentSigned", { version }));
      router.push(`/doctor/patients/${patientId}/records/${id}`);
      router.refresh();
    } catch (problem) {
      const p = apiProblem(problem);
      setErrors({ body: p.fields.body, reason: p.fields.reason });
      setFormError(p.fields.body || p.fields.reason ? null : p.message);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      <FormField label={t("amendedLabel")} id="amend-body" error={errors.body} required>
        <Textarea
          rows={8}
          value={body}
          maxLength={MAX}
          onChange={(event) => setBody(event.target.value)}
          {...fieldAriaProps("amend-body", { error: errors.body })}
        />
      </FormField>
      <FormField
        label={t("reason")}
        id="amend-reason"
        error={errors.reason}
        description={t("reasonHint")}
        required
      >
        <Textarea
          rows={2}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          {...fieldAriaProps("amend-reason", {
            error: errors.reason,
            description: "amend-reason",
          })}
        />
      </FormField>
      <div>
        <Button type="submit" disabled={amend.isPending}>
          {amend.isPending ? <Spinner label={t("signing")} className="text-current" /> : null}
          {t("signAmendment")}
        </Button>
      </div>
    </form>
  );
}
