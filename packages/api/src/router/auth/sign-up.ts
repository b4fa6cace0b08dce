import { hashPassword } from "@resq/auth/password";
import { issueVerificationCode } from "@resq/auth/email-verification";
import { doctorProfiles, patientProfiles, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { findUserByEmail } from "../../auth/password-check";
import { enforceLimits, keys, limits } from "../../auth/throttle";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { asLocale } from "../../i18n/recipient";
import { signUpInput } from "../../schemas";
import { practiceDefaults } from "../../settings/read";
import { publicProcedure } from "../../trpc";

/**
 * Creates a patient or doctor account and emails a verification code. The answer is the same
 * whether or not the email was already registered (invariant 6): the owner of an existing account
 * gets an email instead, and the same work (a password hash, an email) is done either way.
 */
export const signUp = publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
  await enforceLimits(ctx.db, [[keys.ip("sign-up", ctx.request.ip), limits.signUpPerIp]]);
  const passwordHash = await hashPassword(input.password);

  await ctx.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (existing) {
      await queueEmail(
        tx,
        accountEmails.alreadyRegistered(asLocale(existing.locale), existing.email, ctx.appUrl),
      );
      await audit(ctx, tx, {
        action: "auth.sign_up",
        outcome: "failure",
        subjectUserId: existing.id,
        details: { reason: "email_taken" },
      });
      return;
    }
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        // The language the visitor signed up in: their emails and pages start in it.
        locale: ctx.request.locale,
      })
      .returning({ id: users.id });
    if (!user) throw new Error("user not created");
    if (input.role === "patient") await tx.insert(patientProfiles).values({ userId: user.id });
    else
      await tx
        .insert(doctorProfiles)
        .values({ userId: user.id, displayName: input.name, ...(await practiceDefaults(tx)) });
    const code = await issueVerificationCode(tx, user.id, input.email);
    await queueEmail(
      tx,
      accountEmails.verifyEmail(ctx.request.locale, input.email, input.name, code),
    );
    await audit(ctx, tx, {
      action: "auth.sign_up",
      actorId: user.id,
      actorRole: input.role,
      subjectUserId: user.id,
    });
  });
  await ctx.jobs.kickEmailDelivery();
  return { status: "check-email" as const, email: input.email };
});
