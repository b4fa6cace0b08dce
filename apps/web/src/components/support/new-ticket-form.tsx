"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";

import { SUPPORT_CATEGORIES, type openTicketInput } from "@resq/api/support-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { nativeSelectClass } from "~/components/forms/native-select";
import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { newTicketSchemaFor } from "./form-schemas";
import { ACCEPTED_FILES, fileToBase64, MAX_FILE_BYTES } from "./read-file";

type Values = z.input<ReturnType<typeof newTicketSchemaFor>>;
const FIELDS = ["category", "subject", "body", "attachment"] as const;

/** Opens a support request, then shows it. */
export function NewTicketForm({ basePath }: { basePath: string }) {
  const t = useTranslations("support.form");
  const schema = useMemo(() => newTicketSchemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const open = useMutation(trpc.support.open.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { category: "", subject: "", body: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (fileError) return;
    try {
      const created = await open.mutateAsync({
        category: values.category as z.output<typeof openTicketInput>["category"],
        subject: values.subject,
        body: values.body,
        attachment: file ? { filename: file.name, base64: await fileToBase64(file) } : undefined,
      });
      toast.success(t("sent", { reference: created.reference }));
      router.push(`${basePath}/${created.id}`);
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.attachment) setFileError(problem.fields.attachment);
      setFormError(
        applyProblem(problem, FIELDS, (field, message) => {
          if (field !== "attachment") form.setError(field, { type: "server", message });
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={t("category")}
        id="ticket-category"
        error={errors.category?.message}
        required
      >
        <select
          className={nativeSelectClass}
          {...form.register("category")}
          {...fieldAriaProps("ticket-category", { error: errors.category?.message })}
        >
          <option value="">{t("chooseTopic")}</option>
          {SUPPORT_CATEGORIES.map((category) => (
            <option key={category.value} value={category.value}>
              {t(`categories.${category.value}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("subject")} id="ticket-subject" error={errors.subject?.message} required>
        <Input
          maxLength={120}
          {...form.register("subject")}
          {...fieldAriaProps("ticket-subject", { error: errors.subject?.message })}
        />
      </FormField>
      <FormField
        label={t("body")}
        id="ticket-body"
        error={errors.body?.message}
        description={t("bodyHint")}
        required
      >
        <Textarea
          rows={6}
          maxLength={5000}
          {...form.register("body")}
          {...fieldAriaProps("ticket-body", {
            error: errors.body?.message,
            description: "ticket-body",
          })}
        />
      </FormField>
      <AttachmentField
        id="ticket-attachment"
        error={fileError}
        onChange={(chosen, problem) => {
          setFile(chosen);
          setFileError(problem);
        }}
      />
      <div>
        <SubmitButton pending={open.isPending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** An optional file (PDF or image, at most 5 MB), checked here for size and on the server by content. */
export function AttachmentField({
  id,
  error,
  onChange,
}: {
  id: string;
  error: string | null;
  onChange: (file: File | null, problem: string | null) => void;
}) {
  const t = useTranslations("support.form");
  return (
    <FormField
      label={t("attachment")}
      id={id}
      error={error ?? undefined}
      description={t("attachmentHint")}
    >
      <Input
        type="file"
        accept={ACCEPTED_FILES}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          onChange(
            chosen,
            chosen && chosen.size > MAX_FILE_BYTES
              ? t("errors.fileTooLarge", { name: chosen.name })
              : null,
          );
        }}
        {...fieldAriaProps(id, { error: error ?? undefined, description: id })}
      />
    </FormField>
  );
}
