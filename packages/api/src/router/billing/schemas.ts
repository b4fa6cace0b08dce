import { z } from "zod";

import { luhnValid } from "../../billing/providers/demo";

const uuid = (message: string) => z.uuid(message);
const minor = (what: string) =>
  z
    .number(`Enter the ${what}.`)
    .int(`Enter the ${what} in whole cents.`)
    .min(0, `The ${what} cannot be negative.`)
    .max(100_000_000, `The ${what} is too large.`);

export const idempotencyKey = z
  .string("Send an idempotency key.")
  .trim()
  .min(8, "The idempotency key is too short.")
  .max(100, "The idempotency key is too long.");

export const invoiceLineSchema = z.object({
  description: z
    .string()
    .trim()
    .min(1, "Describe the item.")
    .max(200, "Use at most 200 characters."),
  quantity: z.number().int("Use a whole number.").min(1, "At least 1.").max(1000, "At most 1000."),
  unitPriceMinor: minor("price"),
});

export const createInvoiceSchema = z.object({
  patientId: uuid("Choose a patient."),
  /** Admins choose the practice (its doctor's id); a doctor always bills their own. */
  practiceId: uuid("Choose a practice.").optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD.")
    .default("USD"),
  lines: z.array(invoiceLineSchema).min(1, "Add at least one line.").max(50, "At most 50 lines."),
  dueDate: z.iso.date("Choose a due date.").optional(),
  notes: z.string().trim().max(1000, "Use at most 1000 characters.").optional(),
  issue: z.boolean().default(true),
});

export const invoiceFilterSchema = z
  .object({
    status: z.enum(["draft", "open", "paid", "void"]).optional(),
    /** Only invoices with a balance left (open ones). */
    outstanding: z.boolean().optional(),
    patientId: z.uuid("Unknown patient.").optional(),
    from: z.iso.date("Use a date.").optional(),
    to: z.iso.date("Use a date.").optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  })
  .default({ page: 1, pageSize: 20 });

export const cardSchema = z.object({
  number: z
    .string("Enter the card number.")
    .trim()
    .refine(luhnValid, "This card number is not valid."),
  expiry: z
    .string("Enter the expiry date.")
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/, "Use MM/YY.")
    .refine((value) => {
      const [month, year] = value.split("/").map((part) => Number(part.trim()));
      const end = new Date(Date.UTC(2000 + (year ?? 0), month ?? 0, 1));
      return end.getTime() > Date.now();
    }, "This card has expired."),
  cvc: z
    .string("Enter the security code.")
    .trim()
    .regex(/^\d{3,4}$/, "Use the 3 or 4 digits."),
});

export const paySchema = z.object({
  invoiceId: uuid("Unknown invoice."),
  idempotencyKey,
  /** Part of the balance; the whole balance when omitted. */
  amountMinor: minor("amount").min(1, "Pay at least 1 cent.").optional(),
  card: cardSchema.optional(),
});

export const offlinePaymentSchema = z.object({
  invoiceId: uuid("Unknown invoice."),
  amountMinor: minor("amount").min(1, "Record at least 1 cent."),
  method: z.enum(["cash", "card_terminal", "insurance"], "Choose how it was paid."),
  reference: z.string().trim().max(100, "Use at most 100 characters.").optional(),
});

export const refundSchema = z.object({
  paymentId: uuid("Choose the payment to refund."),
  amountMinor: minor("amount").min(1, "Refund at least 1 cent."),
  reason: z.string().trim().min(3, "Give the reason.").max(500, "Use at most 500 characters."),
  idempotencyKey,
});
