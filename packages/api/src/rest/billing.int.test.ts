import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { invoices, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { createContext } from "../context";
import { bearerContext, seededTestApi, signedInAs } from "../test-support";
import { restGetInvoice, restListInvoices, restListPayments, restStripeWebhook } from "./billing";

const app = seededTestApi();

const bearer = (email: string) => bearerContext(app, email);

/** The demo patient's seeded invoice (the completed visit with the demo cardiologist). */
async function seededInvoice() {
  const [patient] = await app.db.select().from(users).where(eq(users.email, "patient@resq.test"));
  const [invoice] = await app.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.patientId, patient!.id), eq(invoices.kind, "visit")));
  return invoice!;
}

describe(`REST billing on ${testDatabaseKind()}`, () => {
  it("lists the patient's own invoices, returns one, and lists their payments", async () => {
    const invoice = await seededInvoice();
    expect(invoice).toMatchObject({ status: "open", totalMinor: 15_000 });
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    await patient.billing.pay({
      invoiceId: invoice.id,
      idempotencyKey: "rest-test-payment-1",
      card: { number: "4242424242424242", expiry: "12/40", cvc: "123" },
    });

    const ctx = await bearer("patient@resq.test");
    const list = await restListInvoices(new Request("http://x/api/billing/invoices/"), ctx);
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("no-store");
    const body = (await list.json()) as {
      items: { id: string; status: string; number: string }[];
      total: number;
    };
    expect(body.items.find((i) => i.id === invoice.id)).toMatchObject({
      status: "paid",
      number: invoice.number,
    });

    const one = await restGetInvoice(new Request("http://x"), ctx, invoice.id);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      id: invoice.id,
      balanceMinor: 0,
      lines: [expect.objectContaining({ description: "Consultation", amountMinor: 15_000 })],
      payments: [expect.objectContaining({ kind: "payment", amountMinor: 15_000 })],
    });

    const payments = await restListPayments(new Request("http://x/api/billing/payments/"), ctx);
    expect(payments.status).toBe(200);
    expect(
      ((await payments.json()) as { items: { invoiceId: string; occurredAt: string }[] }).items[0],
    ).toMatchObject({
      invoiceId: invoice.id,
      occurredAt: expect.stringMatching(/Z$/) as unknown,
    });
  });

  it("answers 404 to others, 401 without a token, 403 payments to a doctor, 400 naming a bad query", async () => {
    const invoice = await seededInvoice();
    const other = await bearer("patient2@resq.test");
    expect((await restGetInvoice(new Request("http://x"), other, invoice.id)).status).toBe(404);
    const otherList = (await (
      await restListInvoices(new Request("http://x/api/billing/invoices/"), other)
    ).json()) as {
      items: { id: string }[];
    };
    expect(otherList.items.map((i) => i.id)).not.toContain(invoice.id);
    expect(
      (await restGetInvoice(new Request("http://x"), await bearer("doctor2@resq.test"), invoice.id))
        .status,
    ).toBe(404);
    const anonymous = createContext({ db: app.db, keyring: app.keyring });
    expect(
      (await restListInvoices(new Request("http://x/api/billing/invoices/"), anonymous)).status,
    ).toBe(401);
    expect(
      (await restListPayments(new Request("http://x/api/billing/payments/"), anonymous)).status,
    ).toBe(401);
    const doctor = await bearer("doctor@resq.test");
    expect(
      (await restListPayments(new Request("http://x/api/billing/payments/"), doctor)).status,
    ).toBe(403);
    const bad = await restListInvoices(
      new Request("http://x/api/billing/invoices/?pageSize=5000"),
      other,
    );
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields,
    ).toHaveProperty("pageSize");
    const badStatus = await restListInvoices(
      new Request("http://x/api/billing/invoices/?status=owed"),
      other,
    );
    expect(
      ((await badStatus.json()) as { error: { fields: Record<string, string> } }).error.fields,
    ).toHaveProperty("status");
  });

  it("answers 404 at the Stripe webhook when Stripe is not configured", async () => {
    const response = await restStripeWebhook(
      new Request("http://x/api/billing/webhooks/stripe/", { method: "POST", body: "{}" }),
      createContext({ db: app.db, keyring: app.keyring }),
      undefined,
    );
    expect(response.status).toBe(404);
  });
});
