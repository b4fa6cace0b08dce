import { eq } from "drizzle-orm";

import { users } from "@resq/db/schema";

import { LOCALES } from "../../locales";
import { accountSetupProcedure, z } from "../../trpc";

export const setLocaleInput = z.object({ locale: z.enum(LOCALES) });

/** Saves the language the user reads RESQ in: its pages and the emails it sends them. */
export const setLocale = accountSetupProcedure
  .input(setLocaleInput)
  .mutation(async ({ ctx, input }) => {
    await ctx.db
      .update(users)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, ctx.caller.userId));
    return { locale: input.locale };
  });
