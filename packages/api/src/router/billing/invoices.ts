import { and, asc, count, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { z } from "zod";

import {
  appointments,
  invoiceLineItems,
  invoices,
  ledgerEntries,
  practices,
  users,
  type InvoiceStatus,
} from "@resq/db/schema";

import { hasCareRelationship } from "../../appointments/care";
import { audit } from "../../audit";
import { createInvoice } from "../../billing/invoices";
import { lockInvoice, type Invoice } from "../../billing/ledger";
import { balanceOf } from "../../billing/money";
import { renderInvoicePdf } from "../../billing/pdf";
import { canTransition, canVoid } from "../../billing/states";
import type { Caller, Context } from "../../context";
import { AppError, roleProcedure } from "../../trpc";
import { invoiceNotFound, invoiceScope, mayManage, visibleInvoice } from "./access";
import { createInvoiceSchema, invoiceFilterSchema } from "./schemas";

/** An invoice as clients see it, with its balance. */
export function publicInvoice(
  invoice: Invoice,
  names: { patientName?: string | null; practiceName?: string | null } = {},
) {
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    status: invoice.status,
    currency: invoice.currency,
    totalMinor: invoice.totalMinor,
    paidMinor: invoice.paidMinor,
    refundedMinor: invoice.refundedMinor,
    balanceMinor: balanceOf(invoice),
    dueDate: invoice.dueDate,
    issuedAt: invoice.issuedAt,
    paidAt: invoice.paidAt,
    createdAt: invoice.createdAt,
    appointmentId: invoice.appointmentId,
    patientId: invoice.patientId,
    practiceId: invoice.practiceId,
    patientName: names.patientName ?? null,
    practiceName: names.practiceName ?? null,
  };
}

const readers = roleProcedure("patient", "doctor", "admin");
const managers = roleProcedure("doctor", "admin");

/** The caller's invoices (patient: own; doctor: the practice's; admin: all), newest first. */
export const list = readers.input(invoiceFilterSchema).query(async ({ ctx, input }) => {
  const where = and(
    invoiceScope(ctx.caller),
    input.status ? eq(invoices.status, input.status) : undefined,
    input.outstanding ? eq(invoices.status, "open") : undefined,
    input.patientId ? eq(invoices.patientId, input.patientId) : undefined,
    input.from ? gte(invoices.createdAt, new Date(`${input.from}T00:00:00Z`)) : undefined,
    input.to ? lte(invoices.createdAt, new Date(`${input.to}T23:59:59.999Z`)) : undefined,
  );
  const rows = await ctx.db
    .select({ invoice: invoices, patientName: users.name, practiceName: practices.name })
    .from(invoices)
    .innerJoin(users, eq(users.id, invoices.patientId))
    .innerJoin(practices, eq(practices.doctorId, invoices.practiceId))
    .where(where)
    .orderBy(desc(invoices.createdAt), desc(invoices.sequence))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(invoices).where(where);
  await audit(ctx, ctx.db, {
    action: "invoice.list",
    recordType: "invoice",
    details: { count: rows.length, status: input.status ?? null },
  });
  return {
    items: rows.map((r) => publicInvoice(r.invoice, r)),
    page: input.page,
    pageSize: input.pageSize,
    total: total?.n ?? 0,
  };
});

/** One invoice with its lines and money movements, for whoever may see it (404 otherwise). */
export async function invoiceDetail(ctx: Context & { caller: Caller }, id: string) {
  const invoice = await visibleInvoice(ctx.db, ctx.caller, id);
  const lines = await ctx.db
    .select()
    .from(invoiceLineItems)
    .where(eq(invoiceLineItems.invoiceId, id))
    .orderBy(asc(invoiceLineItems.position));
  const movements = await ctx.db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.invoiceId, id))
    .orderBy(asc(ledgerEntries.occurredAt));
  const [names] = await ctx.db
    .select({
      patientName: users.name,
      patientEmail: users.email,
      practiceName: practices.name,
      practiceAddress: practices.addressLine,
      practiceCity: practices.city,
      timeZone: practices.timeZone,
    })
    .from(invoices)
    .innerJoin(users, eq(users.id, invoices.patientId))
    .innerJoin(practices, eq(practices.doctorId, invoices.practiceId))
    .where(eq(invoices.id, id));
  await audit(ctx, ctx.db, {
    action: "invoice.read",
    patientId: invoice.patientId,
    recordType: "invoice",
    recordId: invoice.id,
  });
  return {
    ...publicInvoice(invoice, names ?? {}),
    notes: invoice.notes,
    practiceAddress: [names?.practiceAddress, names?.practiceCity].filter(Boolean).join(", "),
    patientEmail: names?.patientEmail ?? null,
    timeZone: names?.timeZone ?? "UTC",
    lines: lines.map((l) => ({
      id: l.id,
      description: l.description,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      amountMinor: l.amountMinor,
    })),
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      method: m.method,
      amountMinor: m.amountMinor,
      currency: m.currency,
      occurredAt: m.occurredAt,
      reason: m.reason,
      reference: m.reference,
      refundOfId: m.refundOfId,
    })),
  };
}

export const get = readers
  .input(z.object({ id: z.uuid("Unknown invoice.") }))
  .query(({ ctx, input }) => invoiceDetail(ctx, input.id));

/** A manual invoice with line items: a doctor for a patient of theirs, or an admin for any practice. */
export const create = managers.input(createInvoiceSchema).mutation(async ({ ctx, input }) => {
  const practiceId = ctx.caller.role === "doctor" ? ctx.caller.userId : input.practiceId;
  if (!practiceId)
    throw new AppError("BAD_REQUEST", "PRACTICE_REQUIRED", "Choose a practice.", {
      fields: { practiceId: "Choose a practice." },
    });
  const patientNotFound = () =>
    new AppError("NOT_FOUND", "NOT_FOUND", "That patient does not exist.", {
      fields: { patientId: "Unknown patient." },
    });
  const invoice = await ctx.db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.patientId), eq(users.role, "patient")));
    if (!patient) throw patientNotFound();
    const [practice] = await tx
      .select({ id: practices.doctorId })
      .from(practices)
      .where(eq(practices.doctorId, practiceId));
    if (!practice)
      throw new AppError("NOT_FOUND", "NOT_FOUND", "That practice does not exist.", {
        fields: { practiceId: "Unknown practice." },
      });
    // A doctor bills only patients they care for (least access: others answer "not found").
    if (ctx.caller.role === "doctor" && !(await hasCareRelationship(tx, practiceId, patient.id)))
      throw patientNotFound();
    const created = await createInvoice(tx, {
      practiceId,
      patientId: patient.id,
      kind: "manual",
      currency: input.currency,
      lines: input.lines,
      issue: input.issue,
      dueDate: input.dueDate,
      notes: input.notes || null,
      createdBy: ctx.caller.userId,
    });
    await audit(ctx, tx, {
      action: "invoice.created",
      patientId: created.patientId,
      recordType: "invoice",
      recordId: created.id,
      details: { number: created.number, kind: "manual", totalMinor: created.totalMinor },
    });
    return created;
  });
  return publicInvoice(invoice);
});

async function changeStatus(
  ctx: Context & { caller: Caller },
  id: string,
  to: InvoiceStatus,
  reason: string | null,
) {
  const updated = await ctx.db.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, id);
    if (!invoice || !mayManage(ctx.caller, invoice)) throw invoiceNotFound();
    const allowed = to === "void" ? canVoid(invoice) : canTransition(invoice.status, to);
    if (!allowed)
      throw new AppError(
        "CONFLICT",
        "INVALID_TRANSITION",
        to === "void" && invoice.paidMinor - invoice.refundedMinor > 0
          ? "Refund the payments before voiding this invoice."
          : "A {status} invoice cannot become {to}.",
        {
          values: {
            status: { term: `invoiceStatus.${invoice.status}` },
            to: { term: `invoiceStatus.${to}` },
          },
        },
      );
    const now = new Date();
    const [row] = await tx
      .update(invoices)
      .set(
        to === "open"
          ? { status: "open", issuedAt: now, updatedAt: now }
          : { status: "void", voidedAt: now, voidReason: reason, updatedAt: now },
      )
      .where(eq(invoices.id, id))
      .returning();
    await audit(ctx, tx, {
      action: to === "open" ? "invoice.issued" : "invoice.voided",
      patientId: invoice.patientId,
      recordType: "invoice",
      recordId: invoice.id,
      details: reason ? { reason } : {},
    });
    return row!;
  });
  return publicInvoice(updated);
}

/** A draft becomes open: the patient sees it and can pay. */
export const issue = managers
  .input(z.object({ id: z.uuid("Unknown invoice.") }))
  .mutation(({ ctx, input }) => changeStatus(ctx, input.id, "open", null));

/** Cancels an invoice that holds no money (a mistake, or a waived fee), with a reason. */
export const voidInvoice = managers
  .input(
    z.object({
      id: z.uuid("Unknown invoice."),
      reason: z.string().trim().min(3, "Give the reason.").max(500, "Use at most 500 characters."),
    }),
  )
  .mutation(({ ctx, input }) => changeStatus(ctx, input.id, "void", input.reason));

/** Patients a doctor may bill (those in their care), for the manual invoice form. */
export const billablePatients = managers.query(async ({ ctx }) => {
  if (ctx.caller.role !== "doctor") return [];
  const rows = await ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.patientId))
    .where(
      and(
        eq(appointments.doctorId, ctx.caller.userId),
        inArray(appointments.status, ["booked", "completed", "no_show"]),
      ),
    )
    .orderBy(asc(users.name));
  return rows;
});

/** The invoice, or a receipt of its payments, as a PDF (base64) for whoever may see it. */
export const pdf = readers
  .input(z.object({ id: z.uuid("Unknown invoice."), kind: z.enum(["invoice", "receipt"]) }))
  .query(async ({ ctx, input }) => {
    const detail = await invoiceDetail(ctx, input.id);
    if (input.kind === "receipt" && detail.paidMinor === 0)
      throw new AppError("CONFLICT", "NOTHING_PAID", "There is no payment on this invoice yet.");
    const file = await renderInvoicePdf({
      ...detail,
      kind: input.kind,
      practiceName: detail.practiceName ?? "",
      patientName: detail.patientName ?? "",
    });
    return {
      filename: `${input.kind}-${detail.number}.pdf`,
      contentType: "application/pdf",
      base64: file.toString("base64"),
    };
  });
