import { describe, expect, it } from "vitest";

import { appointmentCharge } from "./fees";
import { balanceOf, formatMoney, invoiceTotal, lineAmount, netPaid, refundableOf } from "./money";
import { dueDateFrom, formatInvoiceNumber, invoiceYear } from "./numbering";
import { demoProvider, DEMO_CARDS, luhnValid } from "./providers/demo";
import { revenueMonths } from "./revenue";
import { canTransition, canVoid, statusAfterPayment } from "./states";

describe("money", () => {
  it("adds lines in whole minor units and refuses fractions", () => {
    expect(
      invoiceTotal([
        { quantity: 2, unitPriceMinor: 1250 },
        { quantity: 1, unitPriceMinor: 99 },
      ]),
    ).toBe(2599);
    expect(() => lineAmount({ quantity: 1, unitPriceMinor: 10.5 })).toThrow(RangeError);
  });

  it("owes the total minus payments plus refunds only while open", () => {
    const open = {
      status: "open" as const,
      totalMinor: 10_000,
      paidMinor: 4_000,
      refundedMinor: 1_000,
    };
    expect(netPaid(open)).toBe(3_000);
    expect(balanceOf(open)).toBe(7_000);
    expect(balanceOf({ ...open, status: "paid" })).toBe(0);
    expect(balanceOf({ ...open, status: "draft" })).toBe(0);
    expect(balanceOf({ ...open, status: "void" })).toBe(0);
  });

  it("refunds never more than what is left of a payment", () => {
    expect(refundableOf(5_000, 2_000)).toBe(3_000);
    expect(refundableOf(5_000, 5_000)).toBe(0);
  });

  it("formats amounts in the currency's own decimals", () => {
    expect(formatMoney(12_345, "USD")).toBe("$123.45");
    expect(formatMoney(500, "JPY")).toBe("¥500");
  });
});

describe("invoice states", () => {
  it("goes draft → open → paid, and void only before money is held", () => {
    expect(canTransition("draft", "open")).toBe(true);
    expect(canTransition("open", "paid")).toBe(true);
    expect(canTransition("paid", "open")).toBe(false);
    expect(canTransition("void", "open")).toBe(false);
    expect(canTransition("draft", "paid")).toBe(false);
    expect(canVoid({ status: "open", paidMinor: 0, refundedMinor: 0 })).toBe(true);
    expect(canVoid({ status: "open", paidMinor: 100, refundedMinor: 0 })).toBe(false);
    expect(canVoid({ status: "open", paidMinor: 100, refundedMinor: 100 })).toBe(true);
    expect(canVoid({ status: "paid", paidMinor: 0, refundedMinor: 0 })).toBe(false);
  });

  it("is paid once payments minus refunds cover the total", () => {
    expect(statusAfterPayment({ totalMinor: 100, paidMinor: 99, refundedMinor: 0 })).toBe("open");
    expect(statusAfterPayment({ totalMinor: 100, paidMinor: 100, refundedMinor: 0 })).toBe("paid");
    expect(statusAfterPayment({ totalMinor: 100, paidMinor: 150, refundedMinor: 60 })).toBe("open");
  });
});

describe("invoice numbers", () => {
  it("are the practice's year and a zero-padded sequence", () => {
    expect(formatInvoiceNumber(2026, 42)).toBe("INV-2026-00042");
    expect(formatInvoiceNumber(2026, 123_456)).toBe("INV-2026-123456");
    expect(() => formatInvoiceNumber(2026, 0)).toThrow(RangeError);
  });

  it("take the year in the practice's time zone", () => {
    const newYearUtc = new Date("2027-01-01T03:00:00Z");
    expect(invoiceYear(newYearUtc, "UTC")).toBe(2027);
    expect(invoiceYear(newYearUtc, "America/New_York")).toBe(2026);
    expect(dueDateFrom(newYearUtc, "America/New_York", 14)).toBe("2027-01-14");
  });
});

describe("appointment charges", () => {
  it("bill a completed visit at its service's price and fees under the policy", () => {
    expect(
      appointmentCharge({
        outcome: "completed",
        serviceName: "Consultation",
        servicePriceMinor: 12_000,
        feeMinor: null,
      }),
    ).toEqual({
      kind: "visit",
      line: { description: "Consultation", quantity: 1, unitPriceMinor: 12_000 },
    });
    expect(
      appointmentCharge({
        outcome: "late_cancellation",
        serviceName: "Consultation",
        servicePriceMinor: 12_000,
        feeMinor: 2_500,
      }),
    ).toMatchObject({ kind: "late_cancellation", line: { unitPriceMinor: 2_500 } });
    expect(
      appointmentCharge({
        outcome: "no_show",
        serviceName: null,
        servicePriceMinor: null,
        feeMinor: 4_000,
      }),
    ).toMatchObject({ kind: "no_show", line: { description: "Missed appointment fee — Visit" } });
  });

  it("bill nothing for a free visit or a zero fee", () => {
    expect(
      appointmentCharge({
        outcome: "completed",
        serviceName: "Free",
        servicePriceMinor: 0,
        feeMinor: null,
      }),
    ).toBeNull();
    expect(
      appointmentCharge({
        outcome: "late_cancellation",
        serviceName: "X",
        servicePriceMinor: 100,
        feeMinor: 0,
      }),
    ).toBeNull();
    expect(
      appointmentCharge({
        outcome: "no_show",
        serviceName: "X",
        servicePriceMinor: 100,
        feeMinor: null,
      }),
    ).toBeNull();
  });
});

describe("revenue by month", () => {
  it("fills the months without income with zero, oldest first", () => {
    const months = revenueMonths(
      [{ month: "2026-11", currency: "USD", netMinor: 5_000 }],
      new Date("2026-12-15T12:00:00Z"),
      "America/New_York",
      3,
    );
    expect(months).toEqual([
      { month: "2026-10", currency: "USD", netMinor: 0 },
      { month: "2026-11", currency: "USD", netMinor: 5_000 },
      { month: "2026-12", currency: "USD", netMinor: 0 },
    ]);
  });
});

describe("the demo card processor", () => {
  const start = (number: string) =>
    demoProvider.start({
      attemptId: "00000000-0000-4000-8000-000000000001",
      invoiceId: "i",
      invoiceNumber: "INV-2026-00001",
      amountMinor: 100,
      currency: "USD",
      idempotencyKey: "key-123456",
      card: { number, expiry: "12/40", cvc: "123" },
      returnUrl: "http://x",
      payerEmail: "p@x.org",
    });

  it("charges the success card, declines the decline card, asks a second step of the 3155 card", async () => {
    expect(await start("4242 4242 4242 4242")).toMatchObject({
      status: "succeeded",
      cardLast4: "4242",
    });
    expect(await start(DEMO_CARDS.decline)).toMatchObject({
      status: "declined",
      code: "card_declined",
    });
    expect(await start(DEMO_CARDS.secondStep)).toMatchObject({ status: "requires_action" });
    expect(await demoProvider.confirm("demo_ch_x", true)).toMatchObject({ status: "succeeded" });
    expect(await demoProvider.confirm("demo_ch_x", false)).toMatchObject({ status: "declined" });
  });

  it("checks card numbers with Luhn's digit", () => {
    expect(luhnValid("4242 4242 4242 4242")).toBe(true);
    expect(luhnValid("4242 4242 4242 4241")).toBe(false);
    expect(luhnValid("42")).toBe(false);
  });
});
