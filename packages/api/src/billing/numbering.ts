import { TZDate } from "@date-fns/tz";

/** INV-2026-00042: the practice's year and its sequence, zero-padded so numbers sort as text. */
export function formatInvoiceNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError("sequence starts at 1");
  return `INV-${year}-${String(sequence).padStart(5, "0")}`;
}

/** The calendar year of an instant in the practice's time zone (New Year's Eve is local). */
export function invoiceYear(at: Date, timeZone: string): number {
  return new TZDate(at, timeZone).getFullYear();
}

/** The due date (yyyy-mm-dd in the practice's zone) `days` after `at`. */
export function dueDateFrom(at: Date, timeZone: string, days: number): string {
  const local = new TZDate(at.getTime() + days * 86_400_000, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
