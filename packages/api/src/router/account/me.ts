import { eq } from "drizzle-orm";

import { users } from "@resq/db/schema";

import { anySessionProcedure } from "../../trpc";

/** The signed-in user's own account, as the navigation and settings pages need it. */
export const me = anySessionProcedure.query(async ({ ctx }) => {
  const [user] = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      emailVerified: users.emailVerifiedAt,
    })
    .from(users)
    .where(eq(users.id, ctx.caller.userId));
  if (!user) return null;
  return {
    ...user,
    emailVerified: user.emailVerified !== null,
    mfaEnabled: ctx.caller.mfaEnabled,
    mfaVerified: ctx.caller.mfaVerified,
    mfaRequired: ctx.caller.mfaRequiredForRole,
  };
});
