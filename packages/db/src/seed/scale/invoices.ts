import { TZDate } from "@date-fns/tz";

import { SERVICE_TEMPLATES, type ScaleContext } from "./context";
import type { BulkWriter } from "./copy-writer";
import { createRandom } from "./prng";

const DAY = 86_400_000;
/** As the api's billing: INV-2026-00042, due 14 days after issue (`PAYMENT_TERMS_DAYS`). */
const PAYMENT_TERMS_DAYS = 14;
export const formatScaleInvoiceNumber = (year: number, sequence: number) =>
  `INV-${year}-${String(sequence).padStart(5, "0")}`;

/** How an invoice of the data set ends up; `method` only matters when paid. */
export const INVOICE_OUTCOME = { open: 0, paid: 1, void: 2 } as const;
const OFFLINE_METHODS = ["cash", "card_terminal", "insurance"] as const;
const METHOD = { card: 0, cash: 1, card_terminal: 2, insurance: 3 } as const;

/** The invoices of the completed visits, planned in memory (the tables below are written from it). */
export interface InvoicePlan {
  /** Per invoice (index i bills the completed visit `plan.completed[i]`). */
  year: Uint16Array;
  sequence: Int32Array;
  outcome: Uint8Array;
  method: Uint8Array;
  paidAt: Float64Array;
  /** The last number given per practice and year: the counter rows the app continues from. */
  counters: { doctor: number; year: number; lastNumber: number }[];
}

/**
 * The local calendar date (yyyy-mm-dd) of an instant in a zone, cached per zone and UTC hour: a
 * zone's offset changes only on the hour, and the visits of the data set fall on a few thousand hours.
 */
function localDates() {
  const cache = new Map<string, string>();
  return (instant: number, timeZone: string) => {
    const key = `${timeZone}|${Math.floor(instant / 3_600_000)}`;
    let date = cache.get(key);
    if (date === undefined) {
      const local = new TZDate(instant, timeZone);
      const pad = (n: number) => String(n).padStart(2, "0");
      date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
      cache.set(key, date);
    }
    return date;
  };
}

/**
 * One invoice per completed visit, issued when the visit ended and numbered like the app numbers
 * them: consecutively per practice and local calendar year, in order of issue (the plan lists each
 * doctor's visits in time order). Older invoices are mostly paid (by card online or at the desk),
 * the last weeks' half open; a few are void (waived). Payments never lie after `now`.
 */
export function planInvoices(ctx: ScaleContext, localDate = localDates()): InvoicePlan {
  const { plan } = ctx;
  const completed = plan.completed;
  const count = completed.length;
  const random = createRandom(ctx.seed, 9);
  const result: InvoicePlan = {
    year: new Uint16Array(count),
    sequence: new Int32Array(count),
    outcome: new Uint8Array(count),
    method: new Uint8Array(count),
    paidAt: new Float64Array(count),
    counters: [],
  };
  let doctor = -1;
  let year = 0;
  let sequence = 0;
  const closeCounter = () => {
    if (sequence > 0) result.counters.push({ doctor, year, lastNumber: sequence });
  };
  for (let i = 0; i < count; i++) {
    const a = completed[i] ?? 0;
    const d = plan.doctor[a] ?? 0;
    const issuedAt = plan.endsAt[a] ?? 0;
    const y = Number(localDate(issuedAt, timeZoneOf(ctx, d)).slice(0, 4));
    if (d !== doctor || y !== year) {
      if (d === doctor && y < year) throw new Error("the plan's visits are not in time order");
      closeCounter();
      doctor = d;
      year = y;
      sequence = 0;
    }
    result.year[i] = y;
    result.sequence[i] = ++sequence;
    const age = ctx.now - issuedAt;
    const roll = random.next();
    const outcome =
      roll < 0.03
        ? INVOICE_OUTCOME.void
        : age < 21 * DAY
          ? random.chance(0.5)
            ? INVOICE_OUTCOME.paid
            : INVOICE_OUTCOME.open
          : roll < 0.93
            ? INVOICE_OUTCOME.paid
            : INVOICE_OUTCOME.open;
    result.outcome[i] = outcome;
    result.method[i] = random.chance(0.6) ? METHOD.card : random.int(1, OFFLINE_METHODS.length);
    // Paid within three weeks of the visit, at the latest a minute ago.
    result.paidAt[i] = Math.min(ctx.now - 60_000, issuedAt + random.int(5, 21 * 24 * 60) * 60_000);
  }
  closeCounter();
  return result;
}

function timeZoneOf(ctx: ScaleContext, doctor: number) {
  return ctx.cities[ctx.doctorCity[doctor] ?? 0]?.timeZone ?? "America/New_York";
}

/** Invoices (with their line, payments and the numbering counters) for every completed visit. */
export async function generateInvoices(ctx: ScaleContext, writer: BulkWriter) {
  const { plan } = ctx;
  const completed = plan.completed;
  if (completed.length === 0) return {} as Record<string, number>;
  const localDate = localDates();
  const invoicePlan = planInvoices(ctx, localDate);
  const { outcome, method, paidAt } = invoicePlan;
  const priceOf = (a: number) => SERVICE_TEMPLATES[plan.service[a] ?? 0] ?? SERVICE_TEMPLATES[0];
  const paid = (i: number) => outcome[i] === INVOICE_OUTCOME.paid;
  const card = (i: number) => method[i] === METHOD.card;
  const indexes = (keep: (i: number) => boolean) =>
    (function* () {
      for (let i = 0; i < completed.length; i++) if (keep(i)) yield i;
    })();

  const invoices = await writer.copy(
    "invoices",
    [
      "id",
      "practice_id",
      "patient_id",
      "appointment_id",
      "kind",
      "number",
      "year",
      "sequence",
      "status",
      "currency",
      "total_minor",
      "paid_minor",
      "due_date",
      "issued_at",
      "paid_at",
      "voided_at",
      "void_reason",
      "created_by",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let i = 0; i < completed.length; i++) {
        const a = completed[i] ?? 0;
        const doctorId = ctx.id("doctor", plan.doctor[a] ?? 0);
        const issuedAt = plan.endsAt[a] ?? 0;
        const total = priceOf(a).priceMinor;
        const state = outcome[i];
        const voidedAt = Math.min(ctx.now - 60_000, issuedAt + 2 * DAY);
        const changedAt =
          state === INVOICE_OUTCOME.paid
            ? (paidAt[i] ?? issuedAt)
            : state === INVOICE_OUTCOME.void
              ? voidedAt
              : issuedAt;
        yield [
          ctx.id("invoice", i),
          doctorId,
          ctx.id("patient", plan.patient[a] ?? 0),
          ctx.id("appointment", a),
          "visit",
          formatScaleInvoiceNumber(invoicePlan.year[i] ?? 0, invoicePlan.sequence[i] ?? 0),
          invoicePlan.year[i],
          invoicePlan.sequence[i],
          state === INVOICE_OUTCOME.paid
            ? "paid"
            : state === INVOICE_OUTCOME.void
              ? "void"
              : "open",
          "USD",
          total,
          state === INVOICE_OUTCOME.paid ? total : 0,
          localDate(issuedAt + PAYMENT_TERMS_DAYS * DAY, timeZoneOf(ctx, plan.doctor[a] ?? 0)),
          new Date(issuedAt),
          state === INVOICE_OUTCOME.paid ? new Date(paidAt[i] ?? issuedAt) : null,
          state === INVOICE_OUTCOME.void ? new Date(voidedAt) : null,
          state === INVOICE_OUTCOME.void ? "Waived by the practice" : null,
          doctorId,
          new Date(issuedAt),
          new Date(changedAt),
        ];
      }
    })(),
  );
  const lines = await writer.copy(
    "invoice_line_items",
    ["id", "invoice_id", "position", "description", "quantity", "unit_price_minor", "amount_minor"],
    (function* () {
      for (let i = 0; i < completed.length; i++) {
        const service = priceOf(completed[i] ?? 0);
        yield [
          ctx.id("invoiceLine", i),
          ctx.id("invoice", i),
          0,
          service.name,
          1,
          service.priceMinor,
          service.priceMinor,
        ];
      }
    })(),
  );
  const counters = await writer.copy(
    "invoice_counters",
    ["practice_id", "year", "last_number"],
    invoicePlan.counters.map((c) => [ctx.id("doctor", c.doctor), c.year, c.lastNumber]),
  );
  // Card payments went through the (demo) processor: a succeeded attempt, booked once.
  const attempts = await writer.copy(
    "payment_attempts",
    [
      "id",
      "invoice_id",
      "payer_id",
      "idempotency_key",
      "provider",
      "provider_reference",
      "provider_payment_id",
      "amount_minor",
      "currency",
      "status",
      "card_last4",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (const i of indexes((i) => paid(i) && card(i))) {
        const a = completed[i] ?? 0;
        const id = ctx.id("paymentAttempt", i);
        const reference = `demo_ch_${id.replaceAll("-", "")}`;
        const at = new Date(paidAt[i] ?? 0);
        yield [
          id,
          ctx.id("invoice", i),
          ctx.id("patient", plan.patient[a] ?? 0),
          `scale-${id}`,
          "demo",
          reference,
          reference,
          priceOf(a).priceMinor,
          "USD",
          "succeeded",
          "4242",
          at,
          at,
        ];
      }
    })(),
  );
  const ledger = await writer.copy(
    "ledger_entries",
    [
      "id",
      "invoice_id",
      "kind",
      "method",
      "amount_minor",
      "currency",
      "payment_attempt_id",
      "reference",
      "recorded_by",
      "occurred_at",
    ],
    (function* () {
      for (const i of indexes(paid)) {
        const a = completed[i] ?? 0;
        const online = card(i);
        const offlineMethod = OFFLINE_METHODS[(method[i] ?? 1) - 1] ?? "cash";
        yield [
          ctx.id("ledgerEntry", i),
          ctx.id("invoice", i),
          online ? "payment" : "offline_payment",
          online ? "card" : offlineMethod,
          priceOf(a).priceMinor,
          "USD",
          online ? ctx.id("paymentAttempt", i) : null,
          online ? null : `${offlineMethod === "insurance" ? "CLM" : "RCPT"}-${i + 1}`,
          online ? ctx.id("patient", plan.patient[a] ?? 0) : ctx.id("doctor", plan.doctor[a] ?? 0),
          new Date(paidAt[i] ?? 0),
        ];
      }
    })(),
  );
  return {
    invoices,
    invoice_line_items: lines,
    invoice_counters: counters,
    payment_attempts: attempts,
    ledger_entries: ledger,
  };
}
