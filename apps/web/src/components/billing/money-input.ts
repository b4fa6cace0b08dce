import { currencyDigits } from "../format";

/** "12.50" (major units typed by a person) → 1250 minor units; null when it is not an amount. */
export function parseAmount(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const trimmed = text.trim().replace(/^\$/, "");
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(trimmed)) return null;
  const [whole, fraction = ""] = trimmed.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || 0);
}

/** 1250 → "12.50", for pre-filling an amount field. */
export function amountText(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}
