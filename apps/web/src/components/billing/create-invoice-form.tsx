"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { Button } from "@resq/ui/button";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem } from "~/components/api-problem";
import { formatMoney } from "~/components/format";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { parseAmount } from "./money-input";

const CURRENCY = "USD";
const schemaFor = (t: ReturnType<typeof useTranslations<"billing.createInvoice">>) =>
  z.object({
    patientId: z.string().min(1, t("errors.patient")),
    lines: z
      .array(
        z.object({
          description: z
            .string()
            .trim()
            .min(1, t("errors.description"))
            .max(200, t("errors.descriptionTooLong")),
          quantity: z.string().regex(/^[1-9]\d{0,2}$/, t("errors.quantity")),
          price: z.string().refine((v) => parseAmount(v, CURRENCY) !== null, t("errors.price")),
        }),
      )
      .min(1, t("errors.lines")),
    dueDate: z.string(),
    issue: z.boolean(),
  });
type Values = z.infer<ReturnType<typeof schemaFor>>;
const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";

/** A manual invoice with line items for one of the doctor's patients. */
export function CreateInvoiceForm({ patients }: { patients: { id: string; name: string }[] }) {
  const t = useTranslations("billing.createInvoice");
  const locale = useLocale();
  const schema = useMemo(() => schemaFor(t), [t]);
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.billing.createInvoice.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      patientId: "",
      lines: [{ description: "", quantity: "1", price: "" }],
      dueDate: "",
      issue: true,
    },
  });
  const lines = useFieldArray({ control: form.control, name: "lines" });
  const { errors } = form.formState;
  const watched = useWatch({ control: form.control, name: "lines" });
  const total = watched.reduce(
    (sum, l) => sum + (parseAmount(l.price, CURRENCY) ?? 0) * (Number(l.quantity) || 0),
    0,
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const invoice = await create.mutateAsync({
        patientId: values.patientId,
        currency: CURRENCY,
        lines: values.lines.map((l) => ({
          description: l.description,
          quantity: Number(l.quantity),
          unitPriceMinor: parseAmount(l.price, CURRENCY) ?? 0,
        })),
        dueDate: values.dueDate || undefined,
        issue: values.issue,
      });
      toast.success(t(values.issue ? "issued" : "savedAsDraft", { number: invoice.number }));
      form.reset();
      router.refresh();
    } catch (error) {
      setFormError(apiProblem(error).message);
    }
  });

  if (patients.length === 0) return <p className="text-muted-foreground">{t("noPatients")}</p>;

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      <FormField
        label={t("patient")}
        id="invoice-patient"
        error={errors.patientId?.message}
        required
      >
        <select
          className={selectClass}
          {...form.register("patientId")}
          {...fieldAriaProps("invoice-patient", { error: errors.patientId?.message })}
        >
          <option value="">{t("choosePatient")}</option>
          {patients.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="grid gap-3">
        <legend className="text-sm font-medium">{t("items")}</legend>
        {lines.fields.map((field, index) => {
          const e = errors.lines?.[index];
          return (
            <div
              key={field.id}
              className="grid gap-3 rounded-lg border p-3 sm:grid-cols-[1fr_6rem_8rem_auto]"
            >
              <FormField
                label={t("item", { number: index + 1 })}
                id={`line-${index}-description`}
                error={e?.description?.message}
                required
              >
                <Input
                  {...form.register(`lines.${index}.description`)}
                  {...fieldAriaProps(`line-${index}-description`, {
                    error: e?.description?.message,
                  })}
                />
              </FormField>
              <FormField
                label={t("quantity")}
                id={`line-${index}-quantity`}
                error={e?.quantity?.message}
                required
              >
                <Input
                  inputMode="numeric"
                  {...form.register(`lines.${index}.quantity`)}
                  {...fieldAriaProps(`line-${index}-quantity`, { error: e?.quantity?.message })}
                />
              </FormField>
              <FormField
                label={t("price", { currency: CURRENCY })}
                id={`line-${index}-price`}
                error={e?.price?.message}
                required
              >
                <Input
                  inputMode="decimal"
                  {...form.register(`lines.${index}.price`)}
                  {...fieldAriaProps(`line-${index}-price`, { error: e?.price?.message })}
                />
              </FormField>
              <div className="flex items-end">
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  disabled={lines.fields.length === 1}
                  onClick={() => lines.remove(index)}
                >
                  <Trash2 aria-hidden="true" />
                  <span className="sr-only">{t("removeItem", { number: index + 1 })}</span>
                </Button>
              </div>
            </div>
          );
        })}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => lines.append({ description: "", quantity: "1", price: "" })}
          >
            <Plus aria-hidden="true" />
            {t("addItem")}
          </Button>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("dueDate")} id="invoice-due" description={t("dueDateHint")}>
          <Input
            type="date"
            {...form.register("dueDate")}
            {...fieldAriaProps("invoice-due", { description: "invoice-due" })}
          />
        </FormField>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" className="size-4" {...form.register("issue")} />
          {t("issueNow")}
        </label>
      </div>
      <p className="font-medium">{t("total", { amount: formatMoney(total, CURRENCY, locale) })}</p>
      <div>
        <SubmitButton pending={create.isPending} pendingLabel={t("creating")}>
          {t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
