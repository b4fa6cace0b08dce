"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { serviceInput } from "@resq/api/practice-schemas";
import { Badge } from "@resq/ui/badge";
import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";
import { Textarea } from "@resq/ui/textarea";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { currencyDigits, formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { asNumber, checkboxClass, numberField, selectClass, type StepProps } from "./shared";

const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "JPY", "MXN", "BRL"];

type Translate = ReturnType<typeof useTranslations<"doctor.onboarding.services">>;

/** The form's schema, with its own messages in the reader's language. */
const serviceFormFor = (t: Translate) =>
  serviceInput.omit({ id: true, priceMinor: true }).extend({
    durationMinutes: numberField(serviceInput.shape.durationMinutes, t("durationRequired")),
    // Entered in major units (dollars); sent in minor units (cents).
    price: z
      .number({ error: t("priceRequired") })
      .min(0, t("notNegative"))
      .max(100_000, t("priceTooHigh")),
    description: z
      .string()
      .trim()
      .max(1000, t("maxChars", { max: 1000 })),
  });
type ServiceForm = ReturnType<typeof serviceFormFor>;
type ServiceValues = z.input<ServiceForm>;
const FIELDS = ["name", "description", "durationMinutes", "currency", "active"] as const;
type Service = StepProps["data"]["services"][number];

const EMPTY: ServiceValues = {
  name: "",
  description: "",
  durationMinutes: 30,
  // Empty, not NaN (which the browser complains about); the schema asks for a price.
  price: "" as unknown as number,
  currency: "USD",
  active: true,
};

function valuesOf(service: Service): ServiceValues {
  return {
    name: service.name,
    description: service.description ?? "",
    durationMinutes: service.durationMinutes,
    price: service.priceMinor / 10 ** currencyDigits(service.currency),
    currency: service.currency,
    active: service.active,
  };
}

export function ServicesStep({ data, onSaved }: StepProps) {
  const trpc = useTRPC();
  const t = useTranslations("doctor.onboarding.services");
  const tc = useTranslations("doctor.onboarding.common");
  const locale = useLocale();
  const serviceForm = useMemo(() => serviceFormFor(t), [t]);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Service | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveService.mutationOptions());
  const form = useForm<ServiceValues, unknown, z.output<ServiceForm>>({
    resolver: zodResolver(serviceForm),
    // Not on blur: the empty "add another" form must not complain when the doctor moves on.
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues: EMPTY,
  });
  const { errors } = form.formState;
  const currency = useWatch({ control: form.control, name: "currency" });
  const services = data.services;
  const hasActive = services.some((service) => service.active);

  function startEditing(service: Service | null) {
    setEditing(service);
    setFormError(null);
    form.reset(service ? valuesOf(service) : EMPTY);
    document.getElementById("serviceName")?.focus();
  }

  const onSubmit = form.handleSubmit(async ({ price, ...values }) => {
    setFormError(null);
    try {
      await save.mutateAsync({
        ...values,
        id: editing?.id,
        description: values.description || null,
        priceMinor: Math.round(price * 10 ** currencyDigits(values.currency ?? "USD")),
      });
      toast.success(editing ? t("updated") : t("added"));
      setEditing(null);
      form.reset(EMPTY);
      await queryClient.invalidateQueries(trpc.practice.onboarding.queryFilter());
    } catch (error) {
      const problem = apiProblem(error);
      if (problem.fields.priceMinor)
        form.setError("price", { type: "server", message: problem.fields.priceMinor });
      setFormError(
        applyProblem(problem, FIELDS, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });
  const pending = form.formState.isSubmitting || save.isPending;

  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">{t("intro")}</p>

      {services.length > 0 ? (
        <ul className="grid gap-3" aria-label={t("listLabel")}>
          {services.map((service) => (
            <li
              key={service.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3"
            >
              <div className="grid gap-0.5">
                <p className="font-medium">
                  {service.name}{" "}
                  {service.active ? null : <Badge variant="secondary">{t("notBookable")}</Badge>}
                </p>
                <p className="text-sm text-muted-foreground">
                  {t("summary", {
                    minutes: service.durationMinutes,
                    price: formatMoney(service.priceMinor, service.currency, locale),
                  })}
                </p>
              </div>
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={() => startEditing(service)}
              >
                <Pencil aria-hidden="true" />
                {t("edit")}
                <span className="sr-only"> {service.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      <form
        noValidate
        onSubmit={onSubmit}
        className="grid gap-5 rounded-md border p-4"
        aria-labelledby="service-form-title"
      >
        <h3 id="service-form-title" className="text-lg font-semibold">
          {editing ? t("editTitle", { name: editing.name }) : t("addTitle")}
        </h3>
        <FormAlert message={formError} />
        <FormField label={t("name")} id="serviceName" error={errors.name?.message} required>
          <Input
            {...form.register("name")}
            {...fieldAriaProps("serviceName", { error: errors.name?.message })}
          />
        </FormField>
        <FormField
          label={t("description")}
          id="serviceDescription"
          error={errors.description?.message}
        >
          <Textarea
            rows={2}
            {...form.register("description")}
            {...fieldAriaProps("serviceDescription", { error: errors.description?.message })}
          />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField
            label={t("length")}
            id="durationMinutes"
            error={errors.durationMinutes?.message}
            required
          >
            <Input
              type="number"
              inputMode="numeric"
              min={5}
              max={480}
              step={5}
              {...form.register("durationMinutes", asNumber)}
              {...fieldAriaProps("durationMinutes", { error: errors.durationMinutes?.message })}
            />
          </FormField>
          <FormField
            label={t("price", { currency: currency ?? "USD" })}
            id="price"
            error={errors.price?.message}
            required
          >
            <Input
              type="number"
              inputMode="decimal"
              min={0}
              step={currencyDigits(currency ?? "USD") === 0 ? 1 : 0.01}
              {...form.register("price", asNumber)}
              {...fieldAriaProps("price", { error: errors.price?.message })}
            />
          </FormField>
          <FormField label={t("currency")} id="currency" error={errors.currency?.message} required>
            <select
              className={selectClass}
              {...form.register("currency")}
              {...fieldAriaProps("currency", { error: errors.currency?.message })}
            >
              {(CURRENCIES.includes(currency ?? "") || !currency
                ? CURRENCIES
                : [currency, ...CURRENCIES]
              ).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <label className="flex items-center gap-3 text-sm font-medium">
          <input type="checkbox" className={checkboxClass} {...form.register("active")} />
          {t("bookable")}
        </label>
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingLabel={tc("saving")}>
            {editing ? t("saveChanges") : t("add")}
          </SubmitButton>
          {editing ? (
            <Button type="button" variant="ghost" onClick={() => startEditing(null)}>
              {t("cancelEditing")}
            </Button>
          ) : null}
        </div>
      </form>

      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          disabled={!hasActive}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void onSaved()}
        >
          {t("continue")}
        </Button>
        {!hasActive ? <p className="text-sm text-muted-foreground">{t("needActive")}</p> : null}
      </div>
    </div>
  );
}
