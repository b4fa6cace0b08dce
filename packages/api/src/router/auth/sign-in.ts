import { authenticateWithPassword } from "../../auth/sign-in";
import { signInInput } from "../../schemas";
import { publicProcedure } from "../../trpc";
import { startBrowserSession } from "./session-start";

/** Password sign-in for the web app: a new session every time, then the next step to show. */
export const signIn = publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const user = await authenticateWithPassword(ctx, input.email, input.password);
  const next = await startBrowserSession(ctx, user, "password");
  return { next, role: user.role };
});
