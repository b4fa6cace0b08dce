import { and, asc, count, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";

import {
  appointments,
  auditEvents,
  doctorProfiles,
  invoices,
  ledgerEntries,
  paymentAttempts,
  processedWebhookEvents,
  productEvents,
  services,
  users,
} from "@resq/db/schema";
import { sqlStateOf } from "@resq/db/errors";
import { testDatabaseKind } from "@resq/db/testing";

import { createContext } from "../../context";
import { restStripeWebhook } from "../../rest/billing";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const key = () => `key-${crypto.randomUUID()}`;
const successCard = { number: "4242 4242 4242 4242", expiry: "12/40", cvc: "123" };
const declineCard = { number: "4000 0000 0000 0002", expiry: "12/40", cvc: "123" };
const secondStepCard = { number: "4000 0025 0000 3155", expiry: "12/40", cvc: "123" };

let doctorId: string;
let patientId: string;
let consultation: { id: string; priceMinor: number };
const as = async (email: string) => (await signedInAs(app, email)).api();

beforeAll(async () => {
  doctorId = await idOf("doctor@resq.test");
  patientId = await idOf("patient@resq.test");
  const [service] = await app.db
    .select({ id: services.id, priceMinor: services.priceMinor })
    .from(services)
    .where(and(eq(services.doctorId, doctorId), eq(services.durationMinutes, 30)));
  consultation = service!;
});

/** A visit with the demo cardiologist at `startsAt` (inserted directly: bookings cannot be past). */
async function visit(startsAt: Date, patient = patientId) {
  const [row] = await app.db
    .insert(appointments)
    .values({
      doctorId,
      patientId: patient,
      serviceId: consultation.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    })
    .returning();
  return row!;
}

/** A completed visit's open invoice (completion bills it). */
let visits = 0;
async function completedVisitInvoice(patient = patientId) {
  // Each its own hour, long ago, so that no two visits of the doctor overlap.
  const past = await visit(new Date(Date.now() - 40 * 86_400_000 - ++visits * 3_600_000), patient);
  const doctor = await as("doctor@resq.test");
  await doctor.appointments.markOutcome({ id: past.id, outcome: "completed" });
  const [invoice] = await app.db.select().from(invoices).where(eq(invoices.appointmentId, past.id));
  return invoice!;
}

const ledgerCount = async (invoiceId: string) =>
  (
    await app.db
      .select({ n: count() })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.invoiceId, invoiceId))
  )[0]!.n;

describe(`invoices on ${testDatabaseKind()}`, () => {
  it("bills a completed visit at its service's price, once", async () => {
    const past = await visit(new Date(Date.now() - 2 * 3_600_000));
    const doctor = await as("doctor@resq.test");
    await doctor.appointments.markOutcome({ id: past.id, outcome: "completed" });
    const rows = await app.db.select().from(invoices).where(eq(invoices.appointmentId, past.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "visit",
      status: "open",
      totalMinor: consultation.priceMinor,
      currency: "USD",
      patientId,
      practiceId: doctorId,
    });
    expect(rows[0]!.number).toMatch(/^INV-\d{4}-\d{5}$/);
    const patient = await as("patient@resq.test");
    const detail = await patient.billing.invoice({ id: rows[0]!.id });
    expect(detail.lines).toEqual([
      expect.objectContaining({
        description: "Consultation",
        quantity: 1,
        amountMinor: consultation.priceMinor,
      }),
    ]);
    expect(detail.balanceMinor).toBe(consultation.priceMinor);
  });

  it("bills a late cancellation and a no-show under the doctor's policy", async () => {
    await app.db
      .update(doctorProfiles)
      .set({ lateCancellationFeeMinor: 2_500, noShowFeeMinor: 4_000, cancellationWindowHours: 24 })
      .where(eq(doctorProfiles.userId, doctorId));
    const soon = await visit(new Date(Date.now() + 3 * 3_600_000));
    const patient = await as("patient@resq.test");
    await patient.appointments.cancel({ id: soon.id });
    const [late] = await app.db.select().from(invoices).where(eq(invoices.appointmentId, soon.id));
    expect(late).toMatchObject({ kind: "late_cancellation", totalMinor: 2_500, status: "open" });

    const early = await visit(new Date(Date.now() + 6 * 86_400_000));
    await patient.appointments.cancel({ id: early.id });
    expect(
      await app.db.select().from(invoices).where(eq(invoices.appointmentId, early.id)),
    ).toEqual([]);

    const missed = await visit(new Date(Date.now() - 5 * 3_600_000));
    const doctor = await as("doctor@resq.test");
    await doctor.appointments.markOutcome({ id: missed.id, outcome: "no_show" });
    const [noShow] = await app.db
      .select()
      .from(invoices)
      .where(eq(invoices.appointmentId, missed.id));
    expect(noShow).toMatchObject({ kind: "no_show", totalMinor: 4_000 });
  });

  it("numbers invoices sequentially per practice, distinct and consecutive when created in parallel", async () => {
    const doctor = await as("doctor@resq.test");
    const one = await doctor.billing.createInvoice({
      patientId,
      lines: [{ description: "Report", quantity: 1, unitPriceMinor: 1_000 }],
    });
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        doctor.billing.createInvoice({
          patientId,
          lines: [{ description: `Copy ${i}`, quantity: 2, unitPriceMinor: 350 }],
        }),
      ),
    );
    const [first] = await app.db.select().from(invoices).where(eq(invoices.id, one.id));
    const sequences = (
      await Promise.all(
        created.map(
          async (c) => (await app.db.select().from(invoices).where(eq(invoices.id, c.id)))[0]!,
        ),
      )
    )
      .map((i) => i.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => first!.sequence + 1 + i));
    expect(new Set(created.map((c) => c.number)).size).toBe(8);
    expect(created[0]!.totalMinor).toBe(700);
  });

  it("keeps drafts from the patient until issued, and voids only without money", async () => {
    const doctor = await as("doctor@resq.test");
    const draft = await doctor.billing.createInvoice({
      patientId,
      issue: false,
      lines: [{ description: "Forms", quantity: 1, unitPriceMinor: 500 }],
    });
    expect(draft.status).toBe("draft");
    const patient = await as("patient@resq.test");
    expect(
      (
        await failureOf(
          patient.billing.pay({ invoiceId: draft.id, idempotencyKey: key(), card: successCard }),
        )
      ).appCode,
    ).toBe("INVOICE_NOT_PAYABLE");
    expect((await doctor.billing.issueInvoice({ id: draft.id })).status).toBe("open");
    await patient.billing.pay({ invoiceId: draft.id, idempotencyKey: key(), card: successCard });
    expect(
      (await failureOf(doctor.billing.voidInvoice({ id: draft.id, reason: "Mistake" }))).appCode,
    ).toBe("INVALID_TRANSITION");
    const other = await doctor.billing.createInvoice({
      patientId,
      lines: [{ description: "Waived", quantity: 1, unitPriceMinor: 500 }],
    });
    expect((await doctor.billing.voidInvoice({ id: other.id, reason: "Waived" })).status).toBe(
      "void",
    );
  });

  it("refuses bad input with 400 naming the field, writing nothing", async () => {
    const doctor = await as("doctor@resq.test");
    const before = (await app.db.select({ n: count() }).from(invoices))[0]!.n;
    const noLines = await failureOf(doctor.billing.createInvoice({ patientId, lines: [] }));
    expect(noLines.code).toBe("BAD_REQUEST");
    expect(noLines.fields).toHaveProperty("lines");
    const negative = await failureOf(
      doctor.billing.createInvoice({
        patientId,
        lines: [{ description: "x", quantity: 1, unitPriceMinor: -5 }],
      }),
    );
    expect(negative.fields).toHaveProperty("lines.0.unitPriceMinor");
    expect((await app.db.select({ n: count() }).from(invoices))[0]!.n).toBe(before);

    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    const badCard = await failureOf(
      patient.billing.pay({
        invoiceId: invoice.id,
        idempotencyKey: key(),
        card: { ...successCard, number: "4242 4242 4242 4241" },
      }),
    );
    expect(badCard.code).toBe("BAD_REQUEST");
    expect(badCard.fields).toHaveProperty("card.number");
    const expired = await failureOf(
      patient.billing.pay({
        invoiceId: invoice.id,
        idempotencyKey: key(),
        card: { ...successCard, expiry: "01/20" },
      }),
    );
    expect(expired.fields).toHaveProperty("card.expiry");
    expect(
      (
        await app.db
          .select({ n: count() })
          .from(paymentAttempts)
          .where(eq(paymentAttempts.invoiceId, invoice.id))
      )[0]!.n,
    ).toBe(0);
  });
});

describe(`paying on ${testDatabaseKind()}`, () => {
  it("charges the success card, books one ledger row and audits it", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    const paid = await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey: key(),
      card: successCard,
    });
    expect(paid).toMatchObject({
      status: "succeeded",
      amountMinor: invoice.totalMinor,
      cardLast4: "4242",
    });
    const [after] = await app.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(after).toMatchObject({ status: "paid", paidMinor: invoice.totalMinor });
    expect(await ledgerCount(invoice.id)).toBe(1);
    const [audited] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "payment.received"), eq(auditEvents.recordId, invoice.id)));
    expect(audited).toMatchObject({ actorId: patientId, patientId });
    // The usage analytics count it as an online payment.
    const [adoption] = await app.db
      .select()
      .from(productEvents)
      .where(
        and(
          eq(productEvents.kind, "payment.succeeded"),
          sql`${productEvents.properties}->>'invoiceId' = ${invoice.id}`,
        ),
      );
    expect(adoption).toMatchObject({ userId: patientId, role: "patient" });
    const receipt = await patient.billing.invoicePdf({ id: invoice.id, kind: "receipt" });
    expect(receipt.filename).toBe(`receipt-${invoice.number}.pdf`);
    expect(Buffer.from(receipt.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const other = await as("patient2@resq.test");
    expect(
      (await failureOf(other.billing.invoicePdf({ id: invoice.id, kind: "invoice" }))).code,
    ).toBe("NOT_FOUND");
    const unpaid = await completedVisitInvoice();
    expect(
      (await failureOf(patient.billing.invoicePdf({ id: unpaid.id, kind: "receipt" }))).appCode,
    ).toBe("NOTHING_PAID");
    const history = await patient.billing.payments();
    expect(history.items[0]).toMatchObject({
      invoiceId: invoice.id,
      kind: "payment",
      amountMinor: invoice.totalMinor,
    });
  });

  it("records a decline without charging, and books a second-step card once confirmed", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    const declined = await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey: key(),
      card: declineCard,
    });
    expect(declined).toMatchObject({ status: "failed", failureCode: "card_declined" });
    expect(await ledgerCount(invoice.id)).toBe(0);
    const action = await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey: key(),
      card: secondStepCard,
    });
    expect(action.status).toBe("requires_action");
    expect(await ledgerCount(invoice.id)).toBe(0);
    const other = await as("patient2@resq.test");
    expect(
      (
        await failureOf(
          other.billing.confirmPayment({ attemptId: action.attemptId, approve: true }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (await patient.billing.confirmPayment({ attemptId: action.attemptId, approve: true })).status,
    ).toBe("succeeded");
    expect(
      (await patient.billing.confirmPayment({ attemptId: action.attemptId, approve: true })).status,
    ).toBe("succeeded");
    expect(await ledgerCount(invoice.id)).toBe(1);
    expect(
      (await app.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.status,
    ).toBe("paid");
  });

  it("lets one of two parallel payments win; the other is told with 409", async () => {
    const invoice = await completedVisitInvoice();
    const [a, b] = [await as("patient@resq.test"), await as("patient@resq.test")];
    const results = await Promise.allSettled([
      a.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard }),
      b.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT", appCode: "INVOICE_ALREADY_PAID" });
    expect(await ledgerCount(invoice.id)).toBe(1);
    expect(
      (await app.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.paidMinor,
    ).toBe(invoice.totalMinor);
  });

  it("charges once for a retried payment with the same idempotency key (also in parallel)", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    const idempotencyKey = key();
    const [first, second] = await Promise.all([
      patient.billing.pay({ invoiceId: invoice.id, idempotencyKey, card: successCard }),
      patient.billing.pay({ invoiceId: invoice.id, idempotencyKey, card: successCard }),
    ]);
    const third = await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey,
      card: successCard,
    });
    expect(second.attemptId).toBe(first.attemptId);
    expect(third).toEqual(first);
    expect(first.status).toBe("succeeded");
    expect(await ledgerCount(invoice.id)).toBe(1);
    const elsewhere = await completedVisitInvoice();
    expect(
      (
        await failureOf(
          patient.billing.pay({ invoiceId: elsewhere.id, idempotencyKey, card: successCard }),
        )
      ).appCode,
    ).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("takes partial and offline payments up to the balance, never beyond", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey: key(),
      amountMinor: 5_000,
      card: successCard,
    });
    const doctor = await as("doctor@resq.test");
    const tooMuch = await failureOf(
      doctor.billing.recordOfflinePayment({
        invoiceId: invoice.id,
        amountMinor: invoice.totalMinor,
        method: "cash",
      }),
    );
    expect(tooMuch).toMatchObject({ code: "CONFLICT", appCode: "AMOUNT_EXCEEDS_BALANCE" });
    const rest = await doctor.billing.recordOfflinePayment({
      invoiceId: invoice.id,
      amountMinor: invoice.totalMinor - 5_000,
      method: "insurance",
      reference: "CLAIM-77",
    });
    expect(rest.status).toBe("paid");
    const detail = await patient.billing.invoice({ id: invoice.id });
    expect(detail.movements.map((m) => [m.kind, m.method])).toEqual([
      ["payment", "card"],
      ["offline_payment", "insurance"],
    ]);
  });

  it("keeps the ledger append-only and payments minus refunds within the total, in the database", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    await patient.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard });
    const update = await app.db
      .execute(sql`update ledger_entries set amount_minor = 1 where invoice_id = ${invoice.id}`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(sqlStateOf(update)).toBe("42501");
    const remove = await app.db
      .execute(sql`delete from ledger_entries where invoice_id = ${invoice.id}`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(sqlStateOf(remove)).toBe("42501");
    const over = await app.db
      .update(invoices)
      .set({ paidMinor: invoice.totalMinor + 1 })
      .where(eq(invoices.id, invoice.id))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(sqlStateOf(over)).toBe("23514");
  });
});

describe(`refunds on ${testDatabaseKind()}`, () => {
  it("lets admins refund in part and in full with a reason, never above what was paid", async () => {
    const invoice = await completedVisitInvoice();
    const patient = await as("patient@resq.test");
    await patient.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard });
    const [payment] = await app.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.invoiceId, invoice.id));
    const admin = await as("admin@resq.test");
    const part = await admin.billing.refund({
      paymentId: payment!.id,
      amountMinor: 4_000,
      reason: "Shorter visit",
      idempotencyKey: key(),
    });
    expect(part.refundedMinor).toBe(4_000);
    const over = await failureOf(
      admin.billing.refund({
        paymentId: payment!.id,
        amountMinor: invoice.totalMinor,
        reason: "Again",
        idempotencyKey: key(),
      }),
    );
    expect(over).toMatchObject({ code: "CONFLICT", appCode: "REFUND_EXCEEDS_PAYMENT" });
    await admin.billing.refund({
      paymentId: payment!.id,
      amountMinor: invoice.totalMinor - 4_000,
      reason: "Goodwill",
      idempotencyKey: key(),
    });
    expect(
      (
        await failureOf(
          admin.billing.refund({
            paymentId: payment!.id,
            amountMinor: 1,
            reason: "More",
            idempotencyKey: key(),
          }),
        )
      ).appCode,
    ).toBe("REFUND_EXCEEDS_PAYMENT");
    const [after] = await app.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(after).toMatchObject({
      paidMinor: invoice.totalMinor,
      refundedMinor: invoice.totalMinor,
    });
    const listed = await admin.billing.refundablePayments({ page: 1, pageSize: 100 });
    expect(listed.items.find((p) => p.id === payment!.id)).toMatchObject({
      amountMinor: invoice.totalMinor,
      refundedMinor: invoice.totalMinor,
      invoiceNumber: invoice.number,
    });
    const noReason = await failureOf(
      admin.billing.refund({
        paymentId: payment!.id,
        amountMinor: 1,
        reason: "",
        idempotencyKey: key(),
      }),
    );
    expect(noReason.fields).toHaveProperty("reason");
    const [refundAudit] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "payment.refunded"), eq(auditEvents.recordId, invoice.id)))
      // The first of the two refunds: without an order Postgres may return either row first.
      .orderBy(asc(auditEvents.seq));
    expect(refundAudit?.details).toMatchObject({ reason: "Shorter visit", amountMinor: 4_000 });
  });

  it("refuses refunds to doctors and patients (403)", async () => {
    const invoice = await completedVisitInvoice();
    await (
      await as("patient@resq.test")
    ).billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard });
    const [payment] = await app.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.invoiceId, invoice.id));
    for (const email of ["doctor@resq.test", "patient@resq.test"]) {
      const api = await as(email);
      expect((await failureOf(api.billing.refundablePayments())).code).toBe("FORBIDDEN");
      expect(
        (
          await failureOf(
            api.billing.refund({
              paymentId: payment!.id,
              amountMinor: 1,
              reason: "Try",
              idempotencyKey: key(),
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
  });
});

describe(`who may see and pay on ${testDatabaseKind()}`, () => {
  it("answers 404 for another patient's invoice and another practice's, 403 to roles that may not call", async () => {
    const invoice = await completedVisitInvoice();
    const other = await as("patient2@resq.test");
    expect((await failureOf(other.billing.invoice({ id: invoice.id }))).code).toBe("NOT_FOUND");
    expect(
      (
        await failureOf(
          other.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await other.billing.invoices()).items.map((i) => i.id)).not.toContain(invoice.id);
    const doctor2 = await as("doctor2@resq.test");
    expect((await failureOf(doctor2.billing.invoice({ id: invoice.id }))).code).toBe("NOT_FOUND");
    expect(
      (
        await failureOf(
          doctor2.billing.recordOfflinePayment({
            invoiceId: invoice.id,
            amountMinor: 100,
            method: "cash",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf(doctor2.billing.voidInvoice({ id: invoice.id, reason: "Not mine" }))).code,
    ).toBe("NOT_FOUND");
    // A doctor invoices only patients in their care.
    expect(
      (
        await failureOf(
          doctor2.billing.createInvoice({
            patientId,
            lines: [{ description: "x", quantity: 1, unitPriceMinor: 1 }],
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const patient = await as("patient@resq.test");
    expect(
      (
        await failureOf(
          patient.billing.createInvoice({
            patientId,
            lines: [{ description: "x", quantity: 1, unitPriceMinor: 1 }],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await failureOf(
          patient.billing.recordOfflinePayment({
            invoiceId: invoice.id,
            amountMinor: 1,
            method: "cash",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await failureOf(patient.billing.practiceSummary())).code).toBe("FORBIDDEN");
    const doctor = await as("doctor@resq.test");
    expect(
      (
        await failureOf(
          doctor.billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await failureOf(doctor.billing.payments())).code).toBe("FORBIDDEN");
    const anonymous = await app.browser().api();
    expect((await failureOf(anonymous.billing.invoices())).code).toBe("UNAUTHORIZED");
    expect(await ledgerCount(invoice.id)).toBe(0);
  });

  it("shows the practice its outstanding balance and revenue by month", async () => {
    const invoice = await completedVisitInvoice();
    const doctor = await as("doctor@resq.test");
    const before = await doctor.billing.practiceSummary();
    await (
      await as("patient@resq.test")
    ).billing.pay({ invoiceId: invoice.id, idempotencyKey: key(), card: successCard });
    const after = await doctor.billing.practiceSummary();
    const thisMonth = (s: typeof before) => s.revenueByMonth.at(-1)!.netMinor;
    expect(thisMonth(after) - thisMonth(before)).toBe(invoice.totalMinor);
    const owed = (s: typeof before) =>
      s.outstanding.find((o) => o.currency === "USD")?.amountMinor ?? 0;
    expect(owed(before) - owed(after)).toBe(invoice.totalMinor);
    expect(after.revenueByMonth).toHaveLength(12);
    const filtered = await doctor.billing.invoices({ status: "paid", page: 1, pageSize: 100 });
    expect(filtered.items.every((i) => i.status === "paid")).toBe(true);
    expect(filtered.items.map((i) => i.id)).toContain(invoice.id);
  });
});

describe(`Stripe webhooks on ${testDatabaseKind()}`, () => {
  const secret = "whsec_test_resq_billing";
  const stripe = new Stripe("sk_test_unused");

  async function stripeAttempt() {
    const invoice = await completedVisitInvoice();
    const sessionId = `cs_test_${crypto.randomUUID().replaceAll("-", "")}`;
    await app.db.insert(paymentAttempts).values({
      invoiceId: invoice.id,
      payerId: patientId,
      idempotencyKey: key(),
      provider: "stripe",
      providerReference: sessionId,
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
    });
    return { invoice, sessionId };
  }

  function event(id: string, type: string, sessionId: string, amountMinor: number) {
    return JSON.stringify({
      id,
      object: "event",
      type,
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: sessionId,
          object: "checkout.session",
          payment_status: type === "checkout.session.expired" ? "unpaid" : "paid",
          amount_total: amountMinor,
          payment_intent: `pi_${sessionId.slice(8, 30)}`,
        },
      },
    });
  }

  async function deliver(
    payload: string,
    signature = stripe.webhooks.generateTestHeaderString({ payload, secret }),
  ) {
    const response = await restStripeWebhook(
      new Request("http://x/api/billing/webhooks/stripe/", {
        method: "POST",
        body: payload,
        headers: { "stripe-signature": signature, "content-type": "application/json" },
      }),
      createContext({ db: app.db, keyring: app.keyring }),
      secret,
    );
    return {
      status: response.status,
      body: (await response.json()) as { outcome?: string; error?: { code: string } },
    };
  }

  it("marks the invoice paid once when the event is delivered twice", async () => {
    const { invoice, sessionId } = await stripeAttempt();
    const completed = event(
      `evt_${crypto.randomUUID()}`,
      "checkout.session.completed",
      sessionId,
      invoice.totalMinor,
    );
    const [first, second] = await Promise.all([deliver(completed), deliver(completed)]);
    expect([first.body.outcome, second.body.outcome].sort()).toEqual(["duplicate", "processed"]);
    expect((await deliver(completed)).body.outcome).toBe("duplicate");
    expect(await ledgerCount(invoice.id)).toBe(1);
    const [after] = await app.db.select().from(invoices).where(eq(invoices.id, invoice.id));
    expect(after).toMatchObject({ status: "paid", paidMinor: invoice.totalMinor });
    const [attempt] = await app.db
      .select()
      .from(paymentAttempts)
      .where(eq(paymentAttempts.providerReference, sessionId));
    expect(attempt).toMatchObject({
      status: "succeeded",
      providerPaymentId: expect.stringMatching(/^pi_/) as unknown,
    });
  });

  it("books a payment once whatever the order: expired after completed changes nothing; a second success is not booked", async () => {
    const { invoice, sessionId } = await stripeAttempt();
    const completed = event(
      `evt_${crypto.randomUUID()}`,
      "checkout.session.completed",
      sessionId,
      invoice.totalMinor,
    );
    const asyncSucceeded = event(
      `evt_${crypto.randomUUID()}`,
      "checkout.session.async_payment_succeeded",
      sessionId,
      invoice.totalMinor,
    );
    const expired = event(
      `evt_${crypto.randomUUID()}`,
      "checkout.session.expired",
      sessionId,
      invoice.totalMinor,
    );
    expect((await deliver(asyncSucceeded)).body.outcome).toBe("processed");
    expect((await deliver(expired)).body.outcome).toBe("ignored");
    expect((await deliver(completed)).body.outcome).toBe("ignored");
    expect(await ledgerCount(invoice.id)).toBe(1);
    const [attempt] = await app.db
      .select()
      .from(paymentAttempts)
      .where(eq(paymentAttempts.providerReference, sessionId));
    expect(attempt!.status).toBe("succeeded");
  });

  it("refuses a bad or missing signature with 400 and writes nothing", async () => {
    const { invoice, sessionId } = await stripeAttempt();
    const payload = event(
      `evt_${crypto.randomUUID()}`,
      "checkout.session.completed",
      sessionId,
      invoice.totalMinor,
    );
    const processedBefore = (await app.db.select({ n: count() }).from(processedWebhookEvents))[0]!
      .n;
    const forged = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: "whsec_someone_else",
    });
    expect(await deliver(payload, forged)).toEqual({
      status: 400,
      body: { error: expect.objectContaining({ code: "INVALID_SIGNATURE" }) as unknown },
    });
    const signed = stripe.webhooks.generateTestHeaderString({ payload, secret });
    expect((await deliver(payload.replace(String(invoice.totalMinor), "1"), signed)).status).toBe(
      400,
    );
    expect((await deliver(payload, "")).status).toBe(400);
    expect((await app.db.select({ n: count() }).from(processedWebhookEvents))[0]!.n).toBe(
      processedBefore,
    );
    expect(await ledgerCount(invoice.id)).toBe(0);
    expect(
      (await app.db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.status,
    ).toBe("open");
  });
});
