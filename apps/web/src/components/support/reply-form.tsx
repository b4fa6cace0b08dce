"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";

import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { bodySchemaFor } from "./form-schemas";
import { AttachmentField } from "./new-ticket-form";
import { fileToBase64 } from "./read-file";

/** Adds a reply to a ticket (either side), then shows it in the thread. */
export function ReplyForm({
  ticketId,
  label,
  hint,
}: {
  ticketId: string;
  label: string;
  hint?: string;
}) {
  const t = useTranslations("support.form");
  const bodySchema = useMemo(() => bodySchemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const reply = useMutation(trpc.support.reply.mutationOptions());
  const formRef = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState("");
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const checked = bodySchema.safeParse(body);
    if (!checked.success) {
      setBodyError(checked.error.issues[0]?.message ?? t("errors.body"));
      return;
    }
    setBodyError(null);
    if (fileError) return;
    try {
      await reply.mutateAsync({
        ticketId,
        body: checked.data,
        attachment: file ? { filename: file.name, base64: await fileToBase64(file) } : undefined,
      });
      toast.success(t("replySent"));
      setBody("");
      setFile(null);
      formRef.current?.reset();
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.body) setBodyError(problem.fields.body);
      if (problem.fields.attachment) setFileError(problem.fields.attachment);
      if (!problem.fields.body && !problem.fields.attachment) setFormError(problem.message);
    }
  }

  const id = `reply-${ticketId}`;
  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      <FormField label={label} id={id} error={bodyError ?? undefined} description={hint} required>
        <Textarea
          rows={5}
          maxLength={5000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          {...fieldAriaProps(id, {
            error: bodyError ?? undefined,
            description: hint ? id : undefined,
          })}
        />
      </FormField>
      <AttachmentField
        id={`${id}-file`}
        error={fileError}
        onChange={(chosen, problem) => {
          setFile(chosen);
          setFileError(problem);
        }}
      />
      <div>
        <SubmitButton pending={reply.isPending} pendingLabel={t("sending")}>
          {t("sendReply")}
        </SubmitButton>
      </div>
    </form>
  );
}
