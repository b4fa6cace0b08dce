"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";

import { Button } from "@resq/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@resq/ui/dialog";
import { fieldAriaProps, FormField } from "@resq/ui/form-field";
import { Input } from "@resq/ui/input";

import { apiProblem, applyProblem } from "~/components/api-problem";
import { FormAlert } from "~/components/forms/form-alert";
import { SubmitButton } from "~/components/forms/submit-button";
import { useTRPC } from "~/trpc/react";

import { ROUTES, type RecordsT } from "./types";

/*
 * The chart's "add" forms. Their schemas mirror packages/api/src/router/records/schemas.ts, which
 * the web app cannot import yet (no `@resq/api/records-schemas` export); the API validates again
 * and its field messages are shown beside the same fields.
 */

const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive md:text-sm dark:bg-input/30";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const num = (v: string) => (v.trim() === "" ? undefined : Number(v));
const opt = (v: string) => (v.trim() === "" ? undefined : v.trim());

interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "date" | "datetime-local" | "number";
  options?: readonly { value: string; label: string }[];
  required?: boolean;
  description?: string;
  step?: string;
}

type EntryT = ReturnType<typeof useTranslations<"records.entry">>;

/** The forms' schemas, labels and messages in the user's language. */
function formsFor(t: EntryT, r: RecordsT) {
  const tooLong = (max: number) => t("errors.tooLong", { max });
  const text = (max: number, required: string) =>
    z.string().trim().min(1, required).max(max, tooLong(max));
  const optionalText = (max: number) => z.string().trim().max(max, tooLong(max));
  const number = (message = t("errors.number")) =>
    z
      .string()
      .trim()
      .refine((v) => v === "" || Number.isFinite(Number(v)), message);
  const wholeNumber = (min: number, max: number, range: string) =>
    z
      .string()
      .trim()
      .refine(
        (v) => v === "" || (Number.isInteger(Number(v)) && Number(v) >= min && Number(v) <= max),
        range,
      );
  const notFutureDay = (required: boolean, missing: string, future: string) =>
    z
      .string()
      .refine((v) => (!required && v === "") || DAY.test(v), missing)
      .refine((v) => v === "" || Date.parse(`${v}T00:00:00Z`) <= Date.now() + 86_400_000, future);
  const notFutureMoment = (missing: string, future: string) =>
    z
      .string()
      .min(1, missing)
      .refine((v) => !Number.isNaN(Date.parse(v)), missing)
      .refine((v) => Date.parse(v) <= Date.now() + 60_000, future);

  return {
    problem: {
      title: t("problem.title"),
      button: t("problem.button"),
      success: t("problem.success"),
      schema: z.object({
        icd10Code: z
          .string()
          .trim()
          .regex(
            /^[A-TV-Za-tv-z][0-9][0-9ABab](\.[0-9A-Za-z]{1,4})?$/,
            t("problem.errors.icd10Code"),
          ),
        description: text(200, t("problem.errors.description")),
        status: z.enum(["active", "resolved", "inactive"]),
        onsetDate: notFutureDay(
          false,
          t("problem.errors.onsetDate"),
          t("problem.errors.onsetDateFuture"),
        ),
      }),
      defaults: { icd10Code: "", description: "", status: "active", onsetDate: "" },
      fields: [
        {
          name: "icd10Code",
          label: t("problem.icd10Code"),
          required: true,
          description: t("problem.icd10CodeHint"),
        },
        { name: "description", label: t("problem.description"), required: true },
        {
          name: "status",
          label: t("problem.status"),
          options: [
            { value: "active", label: t("problem.active") },
            { value: "resolved", label: t("problem.resolved") },
            { value: "inactive", label: t("problem.inactive") },
          ],
        },
        { name: "onsetDate", label: t("problem.onsetDate"), type: "date" },
      ],
    },
    prescription: {
      title: t("prescription.title"),
      button: t("prescription.button"),
      success: t("prescription.success"),
      schema: z.object({
        medication: text(120, t("prescription.errors.medication")),
        dose: text(60, t("prescription.errors.dose")),
        route: z.enum(ROUTES, t("prescription.errors.route")),
        frequency: text(60, t("prescription.errors.frequency")),
        durationDays: wholeNumber(1, 3650, t("prescription.errors.durationDays")),
        refills: wholeNumber(0, 12, t("prescription.errors.refills")),
      }),
      defaults: {
        medication: "",
        dose: "",
        route: "oral",
        frequency: "",
        durationDays: "",
        refills: "0",
      },
      fields: [
        { name: "medication", label: t("prescription.medication"), required: true },
        {
          name: "dose",
          label: t("prescription.dose"),
          required: true,
          description: t("prescription.doseHint"),
        },
        {
          name: "route",
          label: t("prescription.route"),
          required: true,
          options: ROUTES.map((route) => ({ value: route, label: r(`value.route.${route}`) })),
        },
        {
          name: "frequency",
          label: t("prescription.frequency"),
          required: true,
          description: t("prescription.frequencyHint"),
        },
        { name: "durationDays", label: t("prescription.durationDays"), type: "number" },
        { name: "refills", label: t("prescription.refills"), type: "number" },
      ],
    },
    lab: {
      title: t("lab.title"),
      button: t("lab.button"),
      success: t("lab.success"),
      schema: z
        .object({
          testName: text(120, t("lab.errors.testName")),
          code: optionalText(20),
          valueNumeric: number(),
          valueText: optionalText(200),
          unit: optionalText(30),
          referenceLow: number(),
          referenceHigh: number(),
          collectedAt: notFutureMoment(
            t("lab.errors.collectedAt"),
            t("lab.errors.collectedAtFuture"),
          ),
          reportedAt: notFutureMoment(t("lab.errors.reportedAt"), t("lab.errors.reportedAtFuture")),
        })
        .superRefine((v, ctx) => {
          if (v.valueNumeric === "" && v.valueText === "")
            ctx.addIssue({
              code: "custom",
              path: ["valueNumeric"],
              message: t("lab.errors.result"),
            });
          if (v.valueNumeric !== "" && v.unit === "")
            ctx.addIssue({ code: "custom", path: ["unit"], message: t("lab.errors.unit") });
          if (v.referenceLow !== "" && v.referenceHigh !== "" && +v.referenceLow > +v.referenceHigh)
            ctx.addIssue({
              code: "custom",
              path: ["referenceHigh"],
              message: t("lab.errors.range"),
            });
          if (v.collectedAt && v.reportedAt && Date.parse(v.reportedAt) < Date.parse(v.collectedAt))
            ctx.addIssue({
              code: "custom",
              path: ["reportedAt"],
              message: t("lab.errors.reportedBeforeCollected"),
            });
        }),
      defaults: {
        testName: "",
        code: "",
        valueNumeric: "",
        valueText: "",
        unit: "",
        referenceLow: "",
        referenceHigh: "",
        collectedAt: "",
        reportedAt: "",
      },
      fields: [
        { name: "testName", label: t("lab.testName"), required: true },
        { name: "code", label: t("lab.code"), description: t("optional") },
        { name: "valueNumeric", label: t("lab.valueNumeric"), type: "number", step: "any" },
        { name: "valueText", label: t("lab.valueText"), description: t("lab.valueTextHint") },
        { name: "unit", label: t("lab.unit"), description: t("lab.unitHint") },
        { name: "referenceLow", label: t("lab.referenceLow"), type: "number", step: "any" },
        { name: "referenceHigh", label: t("lab.referenceHigh"), type: "number", step: "any" },
        {
          name: "collectedAt",
          label: t("lab.collectedAt"),
          type: "datetime-local",
          required: true,
        },
        { name: "reportedAt", label: t("lab.reportedAt"), type: "datetime-local", required: true },
      ],
    },
    allergy: {
      title: t("allergy.title"),
      button: t("allergy.button"),
      success: t("allergy.success"),
      schema: z.object({
        substance: text(120, t("allergy.errors.substance")),
        reaction: text(200, t("allergy.errors.reaction")),
        severity: z.enum(["mild", "moderate", "severe"], t("allergy.errors.severity")),
      }),
      defaults: { substance: "", reaction: "", severity: "moderate" },
      fields: [
        { name: "substance", label: t("allergy.substance"), required: true },
        { name: "reaction", label: t("allergy.reaction"), required: true },
        {
          name: "severity",
          label: t("allergy.severity"),
          required: true,
          options: [
            { value: "mild", label: t("allergy.mild") },
            { value: "moderate", label: t("allergy.moderate") },
            { value: "severe", label: t("allergy.severe") },
          ],
        },
      ],
    },
    immunization: {
      title: t("immunization.title"),
      button: t("immunization.button"),
      success: t("immunization.success"),
      schema: z.object({
        vaccine: text(120, t("immunization.errors.vaccine")),
        administeredOn: notFutureDay(
          true,
          t("immunization.errors.administeredOn"),
          t("immunization.errors.administeredOnFuture"),
        ),
        lot: optionalText(40),
      }),
      defaults: { vaccine: "", administeredOn: "", lot: "" },
      fields: [
        { name: "vaccine", label: t("immunization.vaccine"), required: true },
        {
          name: "administeredOn",
          label: t("immunization.administeredOn"),
          type: "date",
          required: true,
        },
        { name: "lot", label: t("immunization.lot"), description: t("optional") },
      ],
    },
  } satisfies Record<
    string,
    {
      title: string;
      button: string;
      success: string;
      schema: z.ZodType<Record<string, string>>;
      defaults: Record<string, string>;
      fields: FieldSpec[];
    }
  >;
}

/** The forms in the user's language, made once per language. */
function useForms() {
  const t = useTranslations("records.entry");
  const r = useTranslations("records");
  return useMemo(() => formsFor(t, r), [t, r]);
}

/** The kinds of entry a doctor can add, in the order of their buttons. */
const KINDS = ["problem", "prescription", "lab", "allergy", "immunization"] as const;

export type EntryKind = (typeof KINDS)[number];
type Values = Record<string, string>;

function useSubmitter(kind: EntryKind, patientId: string) {
  const t = useTranslations("records.entry");
  const trpc = useTRPC();
  const problem = useMutation(trpc.records.addProblem.mutationOptions());
  const prescription = useMutation(trpc.records.addPrescription.mutationOptions());
  const lab = useMutation(trpc.records.addLab.mutationOptions());
  const allergy = useMutation(trpc.records.addAllergy.mutationOptions());
  const immunization = useMutation(trpc.records.addImmunization.mutationOptions());
  return async (v: Values): Promise<string | null> => {
    switch (kind) {
      case "problem":
        await problem.mutateAsync({
          patientId,
          icd10Code: v.icd10Code!,
          description: v.description!,
          status: v.status as "active",
          onsetDate: opt(v.onsetDate!),
        });
        return null;
      case "prescription":
        await prescription.mutateAsync({
          patientId,
          medication: v.medication!,
          dose: v.dose!,
          route: v.route as (typeof ROUTES)[number],
          frequency: v.frequency!,
          durationDays: num(v.durationDays!),
          refills: num(v.refills!) ?? 0,
        });
        return null;
      case "lab": {
        const result = await lab.mutateAsync({
          patientId,
          testName: v.testName!,
          code: opt(v.code!),
          valueNumeric: num(v.valueNumeric!),
          valueText: opt(v.valueText!),
          unit: opt(v.unit!),
          referenceLow: num(v.referenceLow!),
          referenceHigh: num(v.referenceHigh!),
          collectedAt: new Date(v.collectedAt!),
          reportedAt: new Date(v.reportedAt!),
        });
        return result.abnormal ? t("outsideRange") : null;
      }
      case "allergy":
        await allergy.mutateAsync({
          patientId,
          substance: v.substance!,
          reaction: v.reaction!,
          severity: v.severity as "mild",
        });
        return null;
      case "immunization":
        await immunization.mutateAsync({
          patientId,
          vaccine: v.vaccine!,
          administeredOn: v.administeredOn!,
          lot: opt(v.lot!),
        });
        return null;
    }
  };
}

function EntryForm({
  kind,
  patientId,
  onDone,
}: {
  kind: EntryKind;
  patientId: string;
  onDone: () => void;
}) {
  const t = useTranslations("records.entry");
  const spec = useForms()[kind];
  const submit = useSubmitter(kind, patientId);
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(spec.schema as z.ZodType<Values, Values>),
    mode: "onTouched",
    defaultValues: spec.defaults,
  });
  const { errors } = form.formState;
  const names = spec.fields.map((f) => f.name);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const extra = await submit(values);
      toast.success(extra ? `${spec.success} ${extra}` : spec.success);
      onDone();
      router.refresh();
    } catch (error) {
      const problem = apiProblem(error);
      setFormError(
        applyProblem(problem, names, (field, message) =>
          form.setError(field, { type: "server", message }),
        ),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="grid gap-4">
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        {spec.fields.map((field: FieldSpec) => {
          const id = `${kind}-${field.name}`;
          const error = errors[field.name]?.message;
          const aria = fieldAriaProps(id, {
            error,
            description: field.description ? id : undefined,
          });
          return (
            <FormField
              key={field.name}
              label={field.label}
              id={id}
              error={error}
              description={field.description}
              required={field.required}
            >
              {field.options ? (
                <select className={selectClass} {...form.register(field.name)} {...aria}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <Input
                  type={field.type ?? "text"}
                  step={field.step}
                  {...form.register(field.name)}
                  {...aria}
                />
              )}
            </FormField>
          );
        })}
      </div>
      <div>
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t("saving")}>
          {spec.title}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A button that opens one "add" form in a dialog. */
function EntryDialog({ kind, patientId }: { kind: EntryKind; patientId: string }) {
  const t = useTranslations("records.entry");
  const [open, setOpen] = useState(false);
  const spec = useForms()[kind];
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Plus aria-hidden="true" />
          {spec.button}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{spec.title}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <EntryForm kind={kind} patientId={patientId} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** The row of "add" buttons on a chart. */
export function ChartEntryButtons({ patientId }: { patientId: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      {KINDS.map((kind) => (
        <EntryDialog key={kind} kind={kind} patientId={patientId} />
      ))}
    </div>
  );
}
