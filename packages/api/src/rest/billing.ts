import { readApiEnv } from "../env";
import { callerLocale, type Context } from "../context";
import { processStripeEvent, verifyStripeEvent } from "../billing/webhooks";
import { errorText } from "../i18n/errors";
import { createCaller } from "../root";
import { AppError } from "../trpc";
import { errorResponse, jsonResponse, toErrorResponse } from "./http";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function requireSignedIn(ctx: Context) {
  if (!ctx.caller)
    throw new AppError(
      "UNAUTHORIZED",
      "UNAUTHENTICATED",
      "Send a bearer access token (POST /api/auth/login/).",
    );
}

function pageOf(url: URL) {
  const page = Number(url.searchParams.get("page") ?? 1);
  const pageSize = Number(url.searchParams.get("pageSize") ?? 20);
  return {
    page: Number.isInteger(page) ? page : Number.NaN,
    pageSize: Number.isInteger(pageSize) ? pageSize : Number.NaN,
  };
}

type InvoiceRow = Awaited<
  ReturnType<ReturnType<typeof createCaller>["billing"]["invoices"]>
>["items"][number];

function restInvoice(invoice: InvoiceRow) {
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    status: invoice.status,
    currency: invoice.currency,
    totalMinor: invoice.totalMinor,
    paidMinor: invoice.paidMinor,
    refundedMinor: invoice.refundedMinor,
    balanceMinor: invoice.balanceMinor,
    dueDate: invoice.dueDate,
    issuedAt: iso(invoice.issuedAt),
    paidAt: iso(invoice.paidAt),
    createdAt: iso(invoice.createdAt),
    appointmentId: invoice.appointmentId,
    patientId: invoice.patientId,
    practiceId: invoice.practiceId,
    practiceName: invoice.practiceName,
  };
}

/** GET /api/billing/invoices/ — the caller's invoices (a doctor's: their practice's), newest first. */
export async function restListInvoices(request: Request, ctx: Context): Promise<Response> {
  try {
    requireSignedIn(ctx);
    const url = new URL(request.url);
    const status = url.searchParams.get("status") ?? undefined;
    const result = await createCaller(ctx).billing.invoices({
      ...pageOf(url),
      status: status as "open" | undefined,
    });
    return jsonResponse({ ...result, items: result.items.map(restInvoice) });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** GET /api/billing/invoices/{id}/ — one invoice with its lines and payments; 404 when not the caller's. */
export async function restGetInvoice(
  _request: Request,
  ctx: Context,
  id: string,
): Promise<Response> {
  try {
    requireSignedIn(ctx);
    const invoice = await createCaller(ctx).billing.invoice({ id });
    return jsonResponse({
      ...restInvoice(invoice),
      lines: invoice.lines,
      payments: invoice.movements.map((m) => ({ ...m, occurredAt: iso(m.occurredAt) })),
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/** GET /api/billing/payments/ — the calling patient's payments and refunds, newest first. */
export async function restListPayments(request: Request, ctx: Context): Promise<Response> {
  try {
    requireSignedIn(ctx);
    const result = await createCaller(ctx).billing.payments(pageOf(new URL(request.url)));
    return jsonResponse({
      ...result,
      items: result.items.map((p) => ({ ...p, occurredAt: iso(p.occurredAt) })),
    });
  } catch (error) {
    return toErrorResponse(error, callerLocale(ctx));
  }
}

/**
 * POST /api/billing/webhooks/stripe/ — Stripe's signed events. The signature is checked on the raw
 * body before anything is read; each event is applied once (a repeat answers 200 and changes nothing).
 */
export async function restStripeWebhook(
  request: Request,
  ctx: Context,
  webhookSecret: string | undefined = readApiEnv().STRIPE_WEBHOOK_SECRET,
): Promise<Response> {
  const locale = callerLocale(ctx);
  try {
    if (!webhookSecret)
      return errorResponse(404, "NOT_FOUND", errorText(locale, "Stripe is not configured."));
    const payload = await request.text();
    if (payload.length > 512 * 1024)
      return errorResponse(
        413,
        "PAYLOAD_TOO_LARGE",
        errorText(locale, "The request body is too large."),
      );
    const event = verifyStripeEvent(
      payload,
      request.headers.get("stripe-signature"),
      webhookSecret,
    );
    if (!event)
      return errorResponse(
        400,
        "INVALID_SIGNATURE",
        errorText(locale, "The Stripe signature is missing or wrong."),
      );
    const outcome = await processStripeEvent(ctx, event);
    return jsonResponse({ received: true, outcome });
  } catch (error) {
    return toErrorResponse(error, locale);
  }
}
