"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
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

const serviceForm = serviceInput.omit({ id: true, priceMinor: true }).extend({
  durationMinutes: numberField(
    serviceInput.shape.durationMinutes,
    "Enter how long it takes, in minutes.",
  ),
  // Entered in major units (dollars); sent in minor units (cents).
  price: z
    .number({ error: "Enter a price, like 120 (or 0 for free)." })
    .min(0, "Cannot be negative.")
    .max(100_000, "That price is too high."),
  description: z.string().trim().max(1000, "Use at most 1000 characters."),
});
type ServiceValues = z.input<typeof serviceForm>;
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
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Service | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation(trpc.practice.saveService.mutationOptions());
  const form = useForm<ServiceValues, unknown, z.output<typeof serviceForm>>({
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
      toast.success(editing ? "Service updated." : "Service added.");
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
      <p className="text-sm text-muted-foreground">
        What patients can book, how long each visit takes and what it costs. Add at least one.
      </p>

      {services.length > 0 ? (
        <ul className="grid gap-3" aria-label="Your services">
          {services.map((service) => (
            <li
              key={service.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3"
            >
              <div className="grid gap-0.5">
                <p className="font-medium">
                  {service.name}{" "}
                  {service.active ? null : <Badge variant="secondary">Not bookable</Badge>}
                </p>
                <p className="text-sm text-muted-foreground">
                  {service.durationMinutes} minutes ·{" "}
                  {formatMoney(service.priceMinor, service.currency)}
                </p>
              </div>
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={() => startEditing(service)}
              >
                <Pencil aria-hidden="true" />
                Edit<span className="sr-only"> {service.name}</span>
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
          {editing ? `Edit ${editing.name}` : "Add a service"}
        </h3>
        <FormAlert message={formError} />
        <FormField label="Service name" id="serviceName" error={errors.name?.message} required>
          <Input
            {...form.register("name")}
            {...fieldAriaProps("serviceName", { error: errors.name?.message })}
          />
        </FormField>
        <FormField label="Description" id="serviceDescription" error={errors.description?.message}>
          <Textarea
            rows={2}
            {...form.register("description")}
            {...fieldAriaProps("serviceDescription", { error: errors.description?.message })}
          />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField
            label="Length in minutes"
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
            label={`Price (${currency ?? "USD"})`}
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
          <FormField label="Currency" id="currency" error={errors.currency?.message} required>
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
          Patients can book this service
        </label>
        <div className="flex flex-wrap gap-2">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {editing ? "Save changes" : "Add service"}
          </SubmitButton>
          {editing ? (
            <Button type="button" variant="ghost" onClick={() => startEditing(null)}>
              Cancel editing
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
          Continue to hours
        </Button>
        {!hasActive ? (
          <p className="text-sm text-muted-foreground">Add a bookable service to continue.</p>
        ) : null}
      </div>
    </div>
  );
}
