"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { SUPPORT_CATEGORIES, openTicketInput } from "@resq/api/support-schemas";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { nativeSelectClass } from "~/components/forms/native-select";
import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { ACCEPTED_FILES, fileToBase64, MAX_FILE_BYTES } from "./read-file";

// The server's schema without the file (the file input is handled apart), plus "choose one".
const schema = openTicketInput.omit({ attachment: true }).extend({
  category: z.union([z.literal(""), openTicketInput.shape.category]).refine((v) => v !== "", {
    message: "Choose what your request is about.",
  }),
});
type Values = z.input<typeof schema>;
const FIELDS = ["category", "subject", "body", "attachment"] as const;

/** Opens a support request, then shows it. */
export function NewTicketForm({ basePath }: { basePath: string }) {
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
      toast.success(`Your request ${created.reference} was sent. We will answer here.`);
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
        label="What is it about?"
        id="ticket-category"
        error={errors.category?.message}
        required
      >
        <select
          className={nativeSelectClass}
          {...form.register("category")}
          {...fieldAriaProps("ticket-category", { error: errors.category?.message })}
        >
          <option value="">Choose a topic</option>
          {SUPPORT_CATEGORIES.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Subject" id="ticket-subject" error={errors.subject?.message} required>
        <Input
          maxLength={120}
          {...form.register("subject")}
          {...fieldAriaProps("ticket-subject", { error: errors.subject?.message })}
        />
      </FormField>
      <FormField
        label="Your message"
        id="ticket-body"
        error={errors.body?.message}
        description="Say what happened and what you expected. Please do not include medical details support does not need."
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
        <SubmitButton pending={open.isPending} pendingLabel="Sending…">
          Send request
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
  return (
    <FormField
      label="Attach a file (optional)"
      id={id}
      error={error ?? undefined}
      description="A PDF or an image (PNG, JPEG, WebP), at most 5 MB — for example a screenshot."
    >
      <Input
        type="file"
        accept={ACCEPTED_FILES}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          onChange(
            chosen,
            chosen && chosen.size > MAX_FILE_BYTES ? `${chosen.name} is larger than 5 MB.` : null,
          );
        }}
        {...fieldAriaProps(id, { error: error ?? undefined, description: id })}
      />
    </FormField>
  );
}
