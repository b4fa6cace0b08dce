import { eq, sql } from "drizzle-orm";

import type { Database } from "../client";
import { invoiceCounters, invoiceLineItems, invoices, practices, services } from "../schema";

/**
 * The demo cardiologist's completed visit with patient@resq.test is billed: an open invoice at the
 * consultation's price, so the patient can pay it with the demo card processor. Numbered through
 * the same per-practice counter the app uses (the api's billing code owns the format).
 */
export async function seedDemoInvoice(
  tx: Database,
  visit: { appointmentId: string; doctorId: string; patientId: string; serviceId: string | null },
  now: Date,
) {
  if (!visit.serviceId) return;
  const [service] = await tx.select().from(services).where(eq(services.id, visit.serviceId));
  const [practice] = await tx
    .select({ timeZone: practices.timeZone })
    .from(practices)
    .where(eq(practices.doctorId, visit.doctorId));
  if (!service || !practice) return;
  const year = Number(
    new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone: practice.timeZone }).format(now),
  );
  const [counter] = await tx
    .insert(invoiceCounters)
    .values({ practiceId: visit.doctorId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [invoiceCounters.practiceId, invoiceCounters.year],
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ sequence: invoiceCounters.lastNumber });
  const sequence = counter?.sequence ?? 1;
  const [invoice] = await tx
    .insert(invoices)
    .values({
      practiceId: visit.doctorId,
      patientId: visit.patientId,
      appointmentId: visit.appointmentId,
      kind: "visit",
      number: `INV-${year}-${String(sequence).padStart(5, "0")}`,
      year,
      sequence,
      status: "open",
      currency: service.currency,
      totalMinor: service.priceMinor,
      dueDate: new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
      issuedAt: now,
    })
    .returning({ id: invoices.id });
  if (!invoice) return;
  await tx.insert(invoiceLineItems).values({
    invoiceId: invoice.id,
    position: 0,
    description: service.name,
    quantity: 1,
    unitPriceMinor: service.priceMinor,
    amountMinor: service.priceMinor,
  });
}
