import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { analyticsRouter } from "./router/analytics";
import { appointmentsRouter } from "./router/appointments";
import { authRouter } from "./router/auth";
import { billingRouter } from "./router/billing";
import { calendarRouter } from "./router/calendar";
import { dashboardRouter } from "./router/dashboard";
import { directoryRouter } from "./router/directory";
import { eventsRouter } from "./router/events";
import { messagesRouter } from "./router/messages";
import { notificationsRouter } from "./router/notifications";
import { patientProfileRouter } from "./router/patient-profile";
import { practiceRouter } from "./router/practice";
import { recordsRouter } from "./router/records";
import { referenceRouter } from "./router/reference";
import { supportRouter } from "./router/support";
import { verificationRouter } from "./router/verification";
import { waitlistRouter } from "./router/waitlist";
import { createCallerFactory, createRouter } from "./trpc";

/** Every area of the API, one folder each under router/. */
export const appRouter = createRouter({
  account: accountRouter,
  admin: adminRouter,
  analytics: analyticsRouter,
  appointments: appointmentsRouter,
  auth: authRouter,
  billing: billingRouter,
  calendar: calendarRouter,
  dashboard: dashboardRouter,
  directory: directoryRouter,
  events: eventsRouter,
  messages: messagesRouter,
  notifications: notificationsRouter,
  patientProfile: patientProfileRouter,
  practice: practiceRouter,
  records: recordsRouter,
  reference: referenceRouter,
  support: supportRouter,
  verification: verificationRouter,
  waitlist: waitlistRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, tests) through the same access checks. */
export const createCaller = createCallerFactory(appRouter);
