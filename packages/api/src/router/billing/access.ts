import { and, eq, type SQL } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { invoices } from "@resq/db/schema";

import type { Invoice } from "../../billing/ledger";
import type { Caller } from "../../context";
import { AppError } from "../../trpc";

export const invoiceNotFound = () =>
  new AppError("NOT_FOUND", "NOT_FOUND", "That invoice does not exist.");

/** Which invoices a caller may see: a patient their own, a doctor their practice's, an admin all. */
export function invoiceScope(caller: Caller): SQL | undefined {
  switch (caller.role) {
    case "patient":
      return eq(invoices.patientId, caller.userId);
    case "doctor":
      return eq(invoices.practiceId, caller.userId);
    case "admin":
      return undefined;
  }
}

/** The invoice if the caller may see it; otherwise 404 (never 403: existence does not leak). */
export async function visibleInvoice(db: Database, caller: Caller, id: string): Promise<Invoice> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), invoiceScope(caller)));
  if (!invoice) throw invoiceNotFound();
  return invoice;
}

/** May this caller record money on (or change) the invoice: its practice's doctor or an admin. */
export function mayManage(caller: Caller, invoice: Invoice): boolean {
  return (
    caller.role === "admin" || (caller.role === "doctor" && invoice.practiceId === caller.userId)
  );
}
