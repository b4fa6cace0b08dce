"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
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

/*
 * The chart's "add" forms. Their schemas mirror packages/api/src/router/records/schemas.ts, which
 * the web app cannot import yet (no `@resq/api/records-schemas` export); the API validates again
 * and its field messages are shown beside the same fields.
 */

const selectClass =
  "h-10 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive md:text-sm dark:bg-input/30";

export const ROUTES = [
  "oral",
  "topical",
  "inhaled",
  "subcutaneous",
  "intramuscular",
  "intravenous",
  "sublingual",
  "rectal",
  "ophthalmic",
  "otic",
  "nasal",
  "transdermal",
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (max: number, label: string) =>
  z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);
const number = (message = "Enter a number.") =>
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
const notFutureDay = (label: string, required: boolean) =>
  z
    .string()
    .refine((v) => (!required && v === "") || DAY.test(v), `Enter the ${label}.`)
    .refine(
      (v) => v === "" || Date.parse(`${v}T00:00:00Z`) <= Date.now() + 86_400_000,
      `The ${label} cannot be in the future.`,
    );
const notFutureMoment = (label: string) =>
  z
    .string()
    .min(1, `Enter the ${label}.`)
    .refine((v) => !Number.isNaN(Date.parse(v)), `Enter the ${label}.`)
    .refine((v) => Date.parse(v) <= Date.now() + 60_000, `The ${label} cannot be in the future.`);
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

const FORMS = {
  problem: {
    title: "Add a diagnosis",
    button: "Diagnosis",
    success: "The diagnosis is added.",
    schema: z.object({
      icd10Code: z
        .string()
        .trim()
        .regex(
          /^[A-TV-Za-tv-z][0-9][0-9ABab](\.[0-9A-Za-z]{1,4})?$/,
          "Use an ICD-10 code like I10 or E11.9.",
        ),
      description: text(200, "the diagnosis"),
      status: z.enum(["active", "resolved", "inactive"]),
      onsetDate: notFutureDay("onset date", false),
    }),
    defaults: { icd10Code: "", description: "", status: "active", onsetDate: "" },
    fields: [
      {
        name: "icd10Code",
        label: "ICD-10 code",
        required: true,
        description: "Like I10 or E11.9.",
      },
      { name: "description", label: "Diagnosis", required: true },
      {
        name: "status",
        label: "Status",
        options: [
          { value: "active", label: "Active" },
          { value: "resolved", label: "Resolved" },
          { value: "inactive", label: "Inactive" },
        ],
      },
      { name: "onsetDate", label: "Since (onset date)", type: "date" },
    ],
  },
  prescription: {
    title: "Add a prescription",
    button: "Prescription",
    success: "The prescription is added.",
    schema: z.object({
      medication: text(120, "the medication"),
      dose: text(60, "the dose, like 5 mg"),
      route: z.enum(ROUTES, "Choose a route."),
      frequency: text(60, "how often, like twice a day"),
      durationDays: wholeNumber(1, 3650, "Between 1 and 3650 days."),
      refills: wholeNumber(0, 12, "Between 0 and 12 refills."),
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
      { name: "medication", label: "Medication", required: true },
      { name: "dose", label: "Dose", required: true, description: "Like 5 mg." },
      {
        name: "route",
        label: "Route",
        required: true,
        options: ROUTES.map((route) => ({ value: route, label: route })),
      },
      { name: "frequency", label: "How often", required: true, description: "Like twice a day." },
      { name: "durationDays", label: "For how many days", type: "number" },
      { name: "refills", label: "Refills", type: "number" },
    ],
  },
  lab: {
    title: "Add a lab result",
    button: "Lab result",
    success: "The lab result is added.",
    schema: z
      .object({
        testName: text(120, "the test"),
        code: optionalText(20),
        valueNumeric: number(),
        valueText: optionalText(200),
        unit: optionalText(30),
        referenceLow: number(),
        referenceHigh: number(),
        collectedAt: notFutureMoment("collection time"),
        reportedAt: notFutureMoment("report time"),
      })
      .superRefine((v, ctx) => {
        if (v.valueNumeric === "" && v.valueText === "")
          ctx.addIssue({ code: "custom", path: ["valueNumeric"], message: "Enter the result." });
        if (v.valueNumeric !== "" && v.unit === "")
          ctx.addIssue({ code: "custom", path: ["unit"], message: "Enter the unit, like mmol/L." });
        if (v.referenceLow !== "" && v.referenceHigh !== "" && +v.referenceLow > +v.referenceHigh)
          ctx.addIssue({
            code: "custom",
            path: ["referenceHigh"],
            message: "The upper limit must not be below the lower one.",
          });
        if (v.collectedAt && v.reportedAt && Date.parse(v.reportedAt) < Date.parse(v.collectedAt))
          ctx.addIssue({
            code: "custom",
            path: ["reportedAt"],
            message: "A result is reported after it is collected.",
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
      { name: "testName", label: "Test", required: true },
      { name: "code", label: "LOINC code", description: "Optional." },
      { name: "valueNumeric", label: "Numeric result", type: "number", step: "any" },
      { name: "valueText", label: "Or a result in words", description: "Like negative." },
      { name: "unit", label: "Unit", description: "Required with a numeric result." },
      { name: "referenceLow", label: "Normal range from", type: "number", step: "any" },
      { name: "referenceHigh", label: "Normal range to", type: "number", step: "any" },
      { name: "collectedAt", label: "Collected", type: "datetime-local", required: true },
      { name: "reportedAt", label: "Reported", type: "datetime-local", required: true },
    ],
  },
  allergy: {
    title: "Add an allergy",
    button: "Allergy",
    success: "The allergy is added.",
    schema: z.object({
      substance: text(120, "the substance"),
      reaction: text(200, "the reaction"),
      severity: z.enum(["mild", "moderate", "severe"], "Choose the severity."),
    }),
    defaults: { substance: "", reaction: "", severity: "moderate" },
    fields: [
      { name: "substance", label: "Substance", required: true },
      { name: "reaction", label: "Reaction", required: true },
      {
        name: "severity",
        label: "Severity",
        required: true,
        options: [
          { value: "mild", label: "Mild" },
          { value: "moderate", label: "Moderate" },
          { value: "severe", label: "Severe" },
        ],
      },
    ],
  },
  immunization: {
    title: "Add a vaccination",
    button: "Vaccination",
    success: "The vaccination is added.",
    schema: z.object({
      vaccine: text(120, "the vaccine"),
      administeredOn: notFutureDay("date given", true),
      lot: optionalText(40),
    }),
    defaults: { vaccine: "", administeredOn: "", lot: "" },
    fields: [
      { name: "vaccine", label: "Vaccine", required: true },
      { name: "administeredOn", label: "Given on", type: "date", required: true },
      { name: "lot", label: "Batch (lot)", description: "Optional." },
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

export type EntryKind = keyof typeof FORMS;
type Values = Record<string, string>;

function useSubmitter(kind: EntryKind, patientId: string) {
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
        return result.abnormal ? "It is outside the normal range." : null;
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
  const spec = FORMS[kind];
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
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel="Saving…">
          {spec.title}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A button that opens one "add" form in a dialog. */
function EntryDialog({ kind, patientId }: { kind: EntryKind; patientId: string }) {
  const [open, setOpen] = useState(false);
  const spec = FORMS[kind];
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
          <DialogDescription>
            It is added to the patient&apos;s record at once and audited.
          </DialogDescription>
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
      {(Object.keys(FORMS) as EntryKind[]).map((kind) => (
        <EntryDialog key={kind} kind={kind} patientId={patientId} />
      ))}
    </div>
  );
}
