"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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

function bodyError(body: string): string | null {
  if (!body.trim()) return "Write the note.";
  if (body.trim().length > MAX) return "Use at most 20,000 characters.";
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
    const invalid = bodyError(body);
    setError(invalid);
    if (invalid) return null;
    setFormError(null);
    try {
      const { id } = await saveDraft.mutateAsync({ patientId, noteId, appointmentId, body });
      setNoteId(id);
      setSavedBody(body);
      setSavedAt(new Date().toLocaleTimeString(undefined, { timeStyle: "short" }));
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
      toast.success("The note is signed and added to the patient's record.");
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
        label="Treatment note"
        id="note-body"
        error={error ?? undefined}
        description="Only you see a draft. Once signed, the patient can read it."
        required
      >
        <Textarea
          rows={8}
          value={body}
          maxLength={MAX}
          onChange={(event) => {
            setBody(event.target.value);
            if (error) setError(bodyError(event.target.value));
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
          onClick={() => void save().then((id) => id && toast.success("Draft saved."))}
        >
          {saveDraft.isPending ? <Spinner label="Saving…" className="text-current" /> : null}
          Save draft
        </Button>
        <ConfirmDialog
          trigger="Sign note"
          triggerProps={{
            size: "default",
            variant: "default",
            disabled: !body.trim() || saveDraft.isPending || sign.isPending,
          }}
          title="Sign this note?"
          description="A signed note cannot be changed. It becomes part of the patient's legal record and they can read it; to correct it later you write an amendment with a reason."
          confirmLabel="Sign note"
          pendingLabel="Signing…"
          onConfirm={signNow}
        />
        <p className="text-sm text-muted-foreground" role="status">
          {noteId && !unsaved && savedAt
            ? `Draft saved at ${savedAt}.`
            : noteId && unsaved
              ? "Unsaved changes."
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
      body: bodyError(body) ?? undefined,
      reason:
        reason.trim().length < 5
          ? "Say why the note is amended (at least 5 characters)."
          : reason.trim().length > 500
            ? "Use at most 500 characters."
            : undefined,
    };
    if (!next.body && body.trim() === initialBody.trim())
      next.body = "Change the text: an amendment corrects or adds something.";
    setErrors(next);
    if (next.body || next.reason) return;
    setFormError(null);
    try {
      const { id, version } = await amend.mutateAsync({ noteId, body, reason });
      toast.success(`Version ${version} of the note is signed.`);
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
      <FormField label="Amended note" id="amend-body" error={errors.body} required>
        <Textarea
          rows={8}
          value={body}
          maxLength={MAX}
          onChange={(event) => setBody(event.target.value)}
          {...fieldAriaProps("amend-body", { error: errors.body })}
        />
      </FormField>
      <FormField
        label="Reason for the amendment"
        id="amend-reason"
        error={errors.reason}
        description="The patient sees this reason with the new version."
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
          {amend.isPending ? <Spinner label="Signing…" className="text-current" /> : null}
          Sign the amendment
        </Button>
      </div>
    </form>
  );
}
