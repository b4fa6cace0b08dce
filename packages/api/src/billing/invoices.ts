import { eq, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import {
  invoiceCounters,
  invoiceLineItems,
  invoices,
  practices,
  services,
  type InvoiceKind,
} from "@resq/db/schema";

import { audit } from "../audit";
import type { Context } from "../context";
import { notificationText } from "../notifications/texts";
import { notify } from "../notify";
import { appointmentCharge, PAYMENT_TERMS_DAYS, type InvoiceLineInput } from "./fees";
import { invoiceTotal, lineAmount } from "./money";
import { dueDateFrom, formatInvoiceNumber, invoiceYear } from "./numbering";

/**
 * The next number of a practice's year. The upsert takes the counter row's lock until the
 * transaction ends, so concurrent invoices of one practice are numbered one after another.
 */
export async function allocateInvoiceNumber(tx: Database, practiceId: string, year: number) {
  const [row] = await tx
    .insert(invoiceCounters)
    .values({ practiceId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [invoiceCounters.practiceId, invoiceCounters.year],
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ sequence: invoiceCounters.lastNumber });
  if (!row) throw new Error("invoice counter not allocated");
  return { sequence: row.sequence, number: formatInvoiceNumber(year, row.sequence) };
}

export interface NewInvoice {
  practiceId: string;
  patientId: string;
  appointmentId?: string | null;
  kind: InvoiceKind;
  currency: string;
  lines: InvoiceLineInput[];
  /** Issue at once (open) or keep as a draft to finish later. */
  issue: boolean;
  dueDate?: string;
  notes?: string | null;
  createdBy: string | null;
}

/** Creates a numbered invoice with its lines. Call inside the act's transaction. */
export async function createInvoice(tx: Database, input: NewInvoice) {
  const [practice] = await tx
    .select({ timeZone: practices.timeZone })
    .from(practices)
    .where(eq(practices.doctorId, input.practiceId));
  if (!practice) throw new Error("the practice does not exist");
  const now = new Date();
  const year = invoiceYear(now, practice.timeZone);
  const { sequence, number } = await allocateInvoiceNumber(tx, input.practiceId, year);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      practiceId: input.practiceId,
      patientId: input.patientId,
      appointmentId: input.appointmentId ?? null,
      kind: input.kind,
      number,
      year,
      sequence,
      status: input.issue ? "open" : "draft",
      currency: input.currency,
      totalMinor: invoiceTotal(input.lines),
      dueDate: input.dueDate ?? dueDateFrom(now, practice.timeZone, PAYMENT_TERMS_DAYS),
      notes: input.notes ?? null,
      issuedAt: input.issue ? now : null,
      createdBy: input.createdBy,
    })
    .returning();
  if (!invoice) throw new Error("invoice not created");
  await tx.insert(invoiceLineItems).values(
    input.lines.map((line, position) => ({
      invoiceId: invoice.id,
      position,
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      amountMinor: lineAmount(line),
    })),
  );
  return invoice;
}

/**
 * Bills an appointment's outcome (a completed visit, a late cancellation, a no-show) inside the
 * transaction that records it; nothing when the service is free or the policy has no fee.
 */
export async function invoiceAppointment(
  ctx: Pick<Context, "caller" | "request">,
  tx: Database,
  appointment: {
    id: string;
    doctorId: string;
    patientId: string;
    serviceId: string | null;
    feeMinor: number | null;
  },
  outcome: "completed" | "late_cancellation" | "no_show",
) {
  const [service] = appointment.serviceId
    ? await tx
        .select({
          name: services.name,
          priceMinor: services.priceMinor,
          currency: services.currency,
        })
        .from(services)
        .where(eq(services.id, appointment.serviceId))
    : [];
  const charge = appointmentCharge({
    outcome,
    serviceName: service?.name ?? null,
    servicePriceMinor: service?.priceMinor ?? null,
    feeMinor: appointment.feeMinor,
  });
  if (!charge) return null;
  const invoice = await createInvoice(tx, {
    practiceId: appointment.doctorId,
    patientId: appointment.patientId,
    appointmentId: appointment.id,
    kind: charge.kind,
    currency: service?.currency ?? "USD",
    lines: [charge.line],
    issue: true,
    createdBy: ctx.caller?.userId ?? null,
  });
  await audit(ctx, tx, {
    action: "invoice.created",
    patientId: invoice.patientId,
    recordType: "invoice",
    recordId: invoice.id,
    details: { number: invoice.number, kind: invoice.kind, totalMinor: invoice.totalMinor },
  });
  await notify(tx, invoice.patientId, {
    kind: "invoice.issued",
    text: (locale) => ({
      title: notificationText(locale)("invoice.title", { number: invoice.number }),
    }),
    link: "/patient/billing",
  });
  return invoice;
}
