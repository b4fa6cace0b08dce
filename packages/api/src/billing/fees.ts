import type { InvoiceKind } from "@resq/db/schema";

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitPriceMinor: number;
}

/**
 * What an appointment's outcome bills under the doctor's policy, or null when nothing is owed:
 * a completed visit its service's price, a late cancellation or a no-show the policy's fee.
 * A free service or a zero fee makes no invoice.
 */
export function appointmentCharge(input: {
  outcome: "completed" | "late_cancellation" | "no_show";
  serviceName: string | null;
  servicePriceMinor: number | null;
  feeMinor: number | null;
}): { kind: InvoiceKind; line: InvoiceLineInput } | null {
  const service = input.serviceName ?? "Visit";
  switch (input.outcome) {
    case "completed":
      if (!input.servicePriceMinor || input.servicePriceMinor <= 0) return null;
      return {
        kind: "visit",
        line: { description: service, quantity: 1, unitPriceMinor: input.servicePriceMinor },
      };
    case "late_cancellation":
      if (!input.feeMinor || input.feeMinor <= 0) return null;
      return {
        kind: "late_cancellation",
        line: {
          description: `Late cancellation fee — ${service}`,
          quantity: 1,
          unitPriceMinor: input.feeMinor,
        },
      };
    case "no_show":
      if (!input.feeMinor || input.feeMinor <= 0) return null;
      return {
        kind: "no_show",
        line: {
          description: `Missed appointment fee — ${service}`,
          quantity: 1,
          unitPriceMinor: input.feeMinor,
        },
      };
  }
}

/** Days a patient has to pay. */
export const PAYMENT_TERMS_DAYS = 14;
