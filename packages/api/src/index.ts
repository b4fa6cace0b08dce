export { appRouter, createCaller, type AppRouter } from "./root";
export {
  createContext,
  gateOf,
  type Caller,
  type CallerGate,
  type Context,
  type RequestMeta,
  type SessionCookieJar,
} from "./context";
export { AppError, type Access, type AppErrorData, type Meta } from "./trpc";
export { checkHealth, type HealthReport } from "./health";
export { describeErrorForLog } from "./log";
export { resolveCaller } from "./auth/caller";
export { serverKeyring } from "./keyring";
export { readApiEnv } from "./env";
export { readSettings } from "./settings/read";
export { listProcedures } from "./procedures";
export { deliverQueuedEmails, outboxTransport } from "./email/outbox";
export { calendarFeedFor } from "./appointments/feed";
export { attachmentForDownload } from "./messaging/download";
export { restAuditExport } from "./router/admin/audit-export";
export { supportAttachmentForDownload } from "./support/download";
