import {
  activeUsers,
  appointmentActivity,
  featureAdoption,
  messageActivity,
  onboardingFunnel,
  supportActivity,
} from "../../analytics/queries";
import { analyticsRangeInput } from "../../analytics/range";
import { adminProcedure, createRouter } from "../../trpc";

/*
 * Usage analytics for admins: aggregate counts only, never a person's data. One procedure per
 * chart, so the page loads them side by side and one slow figure does not hold up the rest.
 */
const ranged = adminProcedure.input(analyticsRangeInput);

export const analyticsRouter = createRouter({
  funnel: ranged.query(({ ctx, input }) => onboardingFunnel(ctx.db, input)),
  activeUsers: ranged.query(({ ctx, input }) => activeUsers(ctx.db, input)),
  appointments: ranged.query(({ ctx, input }) => appointmentActivity(ctx.db, input)),
  messages: ranged.query(({ ctx, input }) => messageActivity(ctx.db, input)),
  adoption: ranged.query(({ ctx, input }) => featureAdoption(ctx.db, input)),
  support: ranged.query(({ ctx, input }) => supportActivity(ctx.db, input)),
});
