import { createRouter } from "../../trpc";
import { billablePatients, create, get, issue, list, pdf, voidInvoice } from "./invoices";
import { confirm, history, pay, provider, recordOffline, refund, refundable } from "./payments";
import { practiceSummary } from "./summary";

/** Invoices, payments (demo processor or Stripe), offline payments, refunds and the practice's revenue. */
export const billingRouter = createRouter({
  invoices: list,
  invoice: get,
  createInvoice: create,
  issueInvoice: issue,
  voidInvoice,
  billablePatients,
  invoicePdf: pdf,
  provider,
  pay,
  confirmPayment: confirm,
  recordOfflinePayment: recordOffline,
  refund,
  refundablePayments: refundable,
  payments: history,
  practiceSummary,
});
