import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { authRouter } from "./router/auth";
import { referenceRouter } from "./router/reference";
import { createCallerFactory, createRouter } from "./trpc";

/** Every area of the API, one folder each under router/. */
export const appRouter = createRouter({
  account: accountRouter,
  admin: adminRouter,
  auth: authRouter,
  reference: referenceRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, tests) through the same access checks. */
export const createCaller = createCallerFactory(appRouter);
