"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { cn } from "@resq/ui/cn";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type JoinT = ReturnType<typeof useTranslations<"patient.waitlist.join">>;

/** The form's checks, their messages in the reader's language. */
function schemaFor(t: JoinT) {
  return z
    .object({
      serviceId: z.string().min(1, t("errors.service")),
      fromDate: z.string().regex(DATE, t("errors.fromDate")),
      toDate: z.string().regex(DATE, t("errors.toDate")),
    })
    .refine((v) => v.fromDate <= v.toDate, {
      path: ["toDate"],
      message: t("errors.order"),
    });
}
type Values = z.infer<ReturnType<typeof schemaFor>>;
const FIELDS = ["serviceId", "fromDate", "toDate"] as const;

export function JoinForm({
  doctorId,
  services,
  initialServiceId,
  today,
  defaultToDate,
}: {
  doctorId: string;
  services: { id: string; name: string; durationMinutes: number }[];
  initialServiceId: string;
  today: string;
  defaultToDate: string;
}) {
  const t = useTranslations("patient.waitlist.join");
  const schema = useMemo(() => schemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.waitlist.join.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: { serviceId: initialServiceId, fromDate: today, toDate: defaultToDate },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await join.mutateAsync({ doctorId, ...values });
      toast.success(t("joined"));
      router.push("/patient/waitlist");
    } catch (error) {
      setFormError(
        applyProblem(apiProblem(error), FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-5">
      <FormAlert message={formError} />
      <fieldset
        className="grid gap-2"
        aria-describedby={errors.serviceId ? "serviceId-error" : undefined}
      >
        <legend className="mb-2 text-sm font-medium">{t("service")}</legend>
        {services.map((service) => (
          <label
            key={service.id}
            className={cn(
              "flex cursor-pointer items-center gap-3 rounded-md border p-3 text-sm",
              "has-[:checked]:border-primary has-[:checked]:bg-accent",
            )}
          >
            <input
              type="radio"
              value={service.id}
              {...form.register("serviceId")}
              className="size-4 accent-primary"
            />
            <span>
              <span className="font-medium">{service.name}</span>{" "}
              <span className="text-muted-foreground">
                {t("duration", { minutes: service.durationMinutes })}
              </span>
            </span>
          </label>
        ))}
        <p
          id="serviceId-error"
          role="alert"
          className={cn("text-sm text-destructive", !errors.serviceId && "sr-only")}
        >
          {errors.serviceId?.message}
        </p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("from")} id="fromDate" error={errors.fromDate?.message} required>
          <Input
            type="date"
            min={today}
            {...form.register("fromDate")}
            {...fieldAriaProps("fromDate", { error: errors.fromDate?.message })}
          />
        </FormField>
        <FormField
          label={t("to")}
          id="toDate"
          error={errors.toDate?.message}
          description={t("toHint")}
          required
        >
          <Input
            type="date"
            min={today}
            {...form.register("toDate")}
            {...fieldAriaProps("toDate", {
              error: errors.toDate?.message,
              description: "toDate",
            })}
          />
        </FormField>
      </div>
      <div>
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("joining")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
