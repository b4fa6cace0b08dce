import { and, count, eq, sql } from "drizzle-orm";

import { invoices, patientProfiles } from "@resq/db/schema";

import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";
import { profileCompleteness } from "./profile";

/**
 * The patient's figures that no other procedure gives: what they owe (open invoices' balances,
 * per currency) and what their profile still lacks. Reading their invoices is a financial read,
 * so it is audited in the same transaction.
 */
export const patient = roleProcedure("patient").query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const userId = ctx.caller.userId;
    // Mirrors balanceOf(): only an open invoice has a balance, never below zero.
    const balances = await tx
      .select({
        currency: invoices.currency,
        balanceMinor: sql<number>`coalesce(sum(greatest(0, ${invoices.totalMinor} - (${invoices.paidMinor} - ${invoices.refundedMinor}))), 0)::int`,
        invoices: count(),
      })
      .from(invoices)
      .where(and(eq(invoices.patientId, userId), eq(invoices.status, "open")))
      .groupBy(invoices.currency)
      .orderBy(invoices.currency);
    const [profile] = await tx
      .select()
      .from(patientProfiles)
      .where(eq(patientProfiles.userId, userId));
    await audit(ctx, tx, {
      action: "dashboard.patient_read",
      subjectUserId: userId,
      recordType: "invoice",
      details: { openInvoices: balances.reduce((n, b) => n + b.invoices, 0) },
    });
    return {
      balanceDue: balances
        .map((b) => ({ ...b, balanceMinor: Number(b.balanceMinor) }))
        .filter((b) => b.balanceMinor > 0),
      profile: profileCompleteness(profile),
    };
  }),
);
