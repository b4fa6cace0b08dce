"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { AttachmentField, useAttachments } from "../attachment-field";

const schemaFor = (t: ReturnType<typeof useTranslations<"messaging.reply">>) =>
  z.object({
    body: z.string().trim().min(1, t("errors.bodyRequired")).max(5000, t("errors.bodyTooLong")),
  });

/** Replies in a conversation, with optional attachments. */
export function ReplyForm({
  conversationId,
  onSent,
}: {
  conversationId: string;
  onSent: () => void;
}) {
  const t = useTranslations("messaging.reply");
  const schema = useMemo(() => schemaFor(t), [t]);
  const trpc = useTRPC();
  const send = useMutation(trpc.messages.send.mutationOptions());
  const attachments = useAttachments();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<{ body: string }>({
    resolver: zodResolver(schema),
    defaultValues: { body: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ body }) => {
    setFormError(null);
    if (attachments.error) return;
    try {
      await send.mutateAsync({ conversationId, body, attachments: await attachments.encoded() });
      form.reset({ body: "" });
      attachments.reset();
      onSent();
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.attachments) attachments.setError(problem.fields.attachments);
      setFormError(
        applyProblem(problem, ["body", "attachments"] as const, (field, message) => {
          if (field === "body") form.setError("body", { type: "server", message });
        }),
      );
    }
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="grid gap-4 rounded-md border p-4"
      aria-labelledby="reply-title"
    >
      <h2 id="reply-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <FormAlert message={formError} />
      <FormField label={t("body")} id="reply-body" error={errors.body?.message} required>
        <Textarea
          rows={4}
          {...form.register("body")}
          {...fieldAriaProps("reply-body", { error: errors.body?.message })}
        />
      </FormField>
      <AttachmentField key={attachments.inputKey} id="reply-files" {...attachments.field} />
      <div>
        <SubmitButton pending={send.isPending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}
