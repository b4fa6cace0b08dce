import { and, eq, gte, sql } from "drizzle-orm";
import { z } from "zod";

import { rowsOf } from "@resq/db/client";
import { invoices, practices } from "@resq/db/schema";

import { audit } from "../../audit";
import { revenueMonths } from "../../billing/revenue";
import { roleProcedure } from "../../trpc";

/**
 * The practice's money at a glance: what is outstanding on open invoices, and revenue by month
 * (payments and offline payments minus refunds, months in the practice's time zone). A doctor
 * sees their own practice; an admin any practice (or all, totalled in UTC).
 */
export const practiceSummary = roleProcedure("doctor", "admin")
  .input(
    z
      .object({
        practiceId: z.uuid("Unknown practice.").optional(),
        months: z.number().int().min(1).max(36).default(12),
      })
      .default({ months: 12 }),
  )
  .query(async ({ ctx, input }) => {
    const practiceId =
      ctx.caller.role === "doctor" ? ctx.caller.userId : (input.practiceId ?? null);
    const [practice] = practiceId
      ? await ctx.db
          .select({ timeZone: practices.timeZone })
          .from(practices)
          .where(eq(practices.doctorId, practiceId))
      : [];
    const timeZone = practice?.timeZone ?? "UTC";
    const scope = practiceId ? eq(invoices.practiceId, practiceId) : undefined;
    const outstanding = await ctx.db
      .select({
        currency: invoices.currency,
        amountMinor: sql<string>`coalesce(sum(${invoices.totalMinor} - ${invoices.paidMinor} + ${invoices.refundedMinor}), 0)`,
        invoices: sql<string>`count(*)`,
        overdue: sql<string>`count(*) filter (where ${invoices.dueDate} < current_date)`,
      })
      .from(invoices)
      .where(and(scope, eq(invoices.status, "open")))
      .groupBy(invoices.currency);
    const since = new Date(Date.now() - (input.months + 1) * 31 * 86_400_000);
    const revenue = rowsOf<{ month: string; currency: string; net: string | number }>(
      await ctx.db.execute(sql`
        select to_char(date_trunc('month', l.occurred_at at time zone ${timeZone}), 'YYYY-MM') as month,
               l.currency,
               sum(case when l.kind = 'refund' then -l.amount_minor else l.amount_minor end) as net
        from ledger_entries l join invoices i on i.id = l.invoice_id
        where l.occurred_at >= ${since.toISOString()}::timestamptz ${practiceId ? sql`and i.practice_id = ${practiceId}` : sql``}
        group by 1, 2 order by 1`),
    );
    const [counts] = await ctx.db
      .select({ n: sql<string>`count(*)` })
      .from(invoices)
      .where(and(scope, gte(invoices.createdAt, since)));
    await audit(ctx, ctx.db, {
      action: "billing.summary.read",
      recordType: "practice",
      recordId: practiceId,
    });
    return {
      timeZone,
      outstanding: outstanding.map((o) => ({
        currency: o.currency,
        amountMinor: Number(o.amountMinor),
        invoices: Number(o.invoices),
        overdue: Number(o.overdue),
      })),
      revenueByMonth: revenueMonths(
        revenue.map((r) => ({ month: r.month, currency: r.currency, netMinor: Number(r.net) })),
        new Date(),
        timeZone,
        input.months,
      ),
      invoicesInPeriod: Number(counts?.n ?? 0),
    };
  });
