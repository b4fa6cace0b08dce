"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";

import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useIsClient } from "~/components/use-is-client";
import { useTRPC } from "~/trpc/react";

import { AttachmentField, useAttachments } from "../attachment-field";

const schemaFor = (t: ReturnType<typeof useTranslations<"messaging.newConversation">>) =>
  z.object({
    counterpartId: z.string().min(1, t("errors.counterpart")),
    appointmentId: z.string(),
    subject: z
      .string()
      .trim()
      .min(1, t("errors.subjectRequired"))
      .max(120, t("errors.subjectTooLong")),
    body: z.string().trim().min(1, t("errors.bodyRequired")).max(5000, t("errors.bodyTooLong")),
  });
type Values = z.infer<ReturnType<typeof schemaFor>>;
const FIELDS = ["counterpartId", "appointmentId", "subject", "body"] as const;

const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-sm focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none aria-invalid:border-destructive";

/** Starts a conversation with someone in a care relationship, optionally about an appointment. */
export function NewConversationForm({
  counterpartLabel,
  contacts,
  appointments,
  initialCounterpartId,
  initialAppointmentId,
}: {
  counterpartLabel: string;
  contacts: { id: string; name: string }[];
  appointments: {
    id: string;
    counterpartId: string;
    startsAt: Date;
    serviceName: string | null;
    status: string;
  }[];
  initialCounterpartId: string;
  initialAppointmentId: string;
}) {
  const t = useTranslations("messaging.newConversation");
  const locale = useLocale();
  const schema = useMemo(() => schemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const isClient = useIsClient();
  const start = useMutation(trpc.messages.start.mutationOptions());
  const attachments = useAttachments();
  const [formError, setFormError] = useState<string | null>(null);
  const knownContact = contacts.some((c) => c.id === initialCounterpartId);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      counterpartId: knownContact
        ? initialCounterpartId
        : contacts.length === 1
          ? contacts[0]!.id
          : "",
      appointmentId: initialAppointmentId,
      subject: "",
      body: "",
    },
  });
  const { errors } = form.formState;
  const counterpartId = useWatch({ control: form.control, name: "counterpartId" });
  const theirAppointments = appointments.filter((a) => a.counterpartId === counterpartId);
  const when = (date: Date) =>
    isClient
      ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date)
      : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (attachments.error) return;
    try {
      const { id } = await start.mutateAsync({
        counterpartId: values.counterpartId,
        appointmentId: theirAppointments.some((a) => a.id === values.appointmentId)
          ? values.appointmentId
          : undefined,
        subject: values.subject,
        body: values.body,
        attachments: await attachments.encoded(),
      });
      router.push(`/messages/${id}`);
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.attachments) attachments.setError(problem.fields.attachments);
      setFormError(
        applyProblem(problem, [...FIELDS, "attachments"] as const, (field, message) => {
          if (field !== "attachments") form.setError(field, { type: "server", message });
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
      <FormAlert message={formError} />
      <FormField
        label={counterpartLabel}
        id="counterpartId"
        error={errors.counterpartId?.message}
        required
      >
        <select
          className={selectClass}
          {...form.register("counterpartId")}
          {...fieldAriaProps("counterpartId", { error: errors.counterpartId?.message })}
        >
          <option value="">{t("choose")}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("appointment")} id="appointmentId" error={errors.appointmentId?.message}>
        <select
          className={selectClass}
          disabled={theirAppointments.length === 0}
          {...form.register("appointmentId")}
          {...fieldAriaProps("appointmentId", { error: errors.appointmentId?.message })}
        >
          <option value="">{t("noAppointment")}</option>
          {theirAppointments.map((a) => (
            <option key={a.id} value={a.id}>
              {when(new Date(a.startsAt))}
              {a.serviceName ? ` — ${a.serviceName}` : ""}
              {a.status === "cancelled" ? ` ${t("cancelled")}` : ""}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("subject")} id="subject" error={errors.subject?.message} required>
        <Input
          maxLength={120}
          {...form.register("subject")}
          {...fieldAriaProps("subject", { error: errors.subject?.message })}
        />
      </FormField>
      <FormField label={t("message")} id="body" error={errors.body?.message} required>
        <Textarea
          rows={6}
          {...form.register("body")}
          {...fieldAriaProps("body", { error: errors.body?.message })}
        />
      </FormField>
      <AttachmentField key={attachments.inputKey} id="new-files" {...attachments.field} />
      <div>
        <SubmitButton pending={start.isPending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}
