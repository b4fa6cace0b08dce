export { restLogin, restLogout, restRefresh } from "./auth";
export { errorResponse, jsonResponse, toErrorResponse } from "./http";
export { openApiDocument } from "./openapi";
export { restDoctorSlots, restSearchDoctors } from "./directory";
export { restBook, restCancel, restListAppointments } from "./appointments";
export { restGetRecord, restListRecords } from "./records";
export { restGetInvoice, restListInvoices, restListPayments, restStripeWebhook } from "./billing";
