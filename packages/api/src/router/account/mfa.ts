import { and, eq, isNull } from "drizzle-orm";
import { renderSVG } from "uqr";

import { decrypt, encrypt } from "@resq/auth/encryption";
import { countUnusedRecoveryCodes, regenerateRecoveryCodes } from "@resq/auth/recovery-codes";
import { invalidateUserSessions, markSessionMfaVerified } from "@resq/auth/session";
import { revokeUserRefreshTokens } from "@resq/auth/refresh-token";
import { formatManualKey, generateTotpSecret, totpKeyUri, verifyTotpCode } from "@resq/auth/totp";
import { recoveryCodes, totpCredentials } from "@resq/db/schema";

import { audit } from "../../audit";
import { checkOwnPassword } from "../../auth/password-check";
import { checkSecondFactor, hasConfirmedTotp } from "../../auth/second-factor";
import type { Context, Caller } from "../../context";
import { queueEmail } from "../../email/outbox";
import { accountEmails } from "../../email/templates";
import { localeOf } from "../../i18n/recipient";
import { confirmMfaInput, reauthInput } from "../../schemas";
import { readSettings } from "../../settings/read";
import { AppError, accountSetupProcedure } from "../../trpc";

/** Two-factor state for the security page. */
export const mfaStatus = accountSetupProcedure.query(async ({ ctx }) => {
  const settings = await readSettings(ctx.db);
  return {
    enabled: await hasConfirmedTotp(ctx.db, ctx.caller.userId),
    required: settings["security.mfaRequiredRoles"].includes(ctx.caller.role),
    recoveryCodesLeft: await countUnusedRecoveryCodes(ctx.db, ctx.caller.userId),
  };
});

/** Re-authentication before an MFA change: the password, and the current code when MFA is on. */
async function reauthenticate(
  ctx: Context & { caller: Caller },
  input: { password: string; code?: string },
) {
  if (!(await checkOwnPassword(ctx.db, ctx.caller.userId, input.password))) {
    throw new AppError("BAD_REQUEST", "INVALID_PASSWORD", "Your password is not right.", {
      fields: { password: "Your password is not right." },
    });
  }
  if (await hasConfirmedTotp(ctx.db, ctx.caller.userId)) {
    if (!input.code)
      throw new AppError(
        "BAD_REQUEST",
        "MFA_REQUIRED",
        "Enter a code from your authenticator app.",
        { fields: { code: "Enter your code." } },
      );
    const check = await ctx.db.transaction((tx) =>
      checkSecondFactor(tx, ctx.keyring, ctx.caller.userId, input.code ?? ""),
    );
    if (!check.ok)
      throw new AppError("BAD_REQUEST", "INVALID_CODE", "That code is not right.", {
        fields: { code: "That code is not right." },
      });
  }
}

/**
 * Starts enrolment: a new secret, encrypted at rest, shown once as a QR code and a manual key. It is
 * not in use until confirmed with a code from the app.
 */
export const beginMfaEnrolment = accountSetupProcedure
  .input(reauthInput.pick({ password: true }))
  .mutation(async ({ ctx, input }) => {
    if (await hasConfirmedTotp(ctx.db, ctx.caller.userId)) {
      throw new AppError(
        "CONFLICT",
        "MFA_ALREADY_ENABLED",
        "Two-factor authentication is already on. Turn it off first to change the app.",
      );
    }
    await reauthenticate(ctx, input);
    const secret = generateTotpSecret();
    await ctx.db
      .insert(totpCredentials)
      .values({
        userId: ctx.caller.userId,
        secretCiphertext: encrypt(ctx.keyring, Buffer.from(secret).toString("base64")),
      })
      .onConflictDoUpdate({
        target: totpCredentials.userId,
        set: {
          secretCiphertext: encrypt(ctx.keyring, Buffer.from(secret).toString("base64")),
          confirmedAt: null,
          lastUsedStep: null,
          createdAt: new Date(),
        },
      });
    const settings = await readSettings(ctx.db);
    const uri = totpKeyUri(settings["platform.name"], ctx.caller.email, secret);
    return {
      manualKey: formatManualKey(secret),
      uri,
      qrSvg: renderSVG(uri, { ecc: "M", border: 2 }),
    };
  });

/** Confirms enrolment with a code; returns ten recovery codes, shown this once. */
export const confirmMfaEnrolment = accountSetupProcedure
  .input(confirmMfaInput)
  .mutation(async ({ ctx, input }) => {
    const { caller } = ctx;
    const codes = await ctx.db.transaction(async (tx) => {
      const [pending] = await tx
        .select()
        .from(totpCredentials)
        .where(and(eq(totpCredentials.userId, caller.userId), isNull(totpCredentials.confirmedAt)))
        .for("update");
      if (!pending) return null;
      const secret = new Uint8Array(
        Buffer.from(decrypt(ctx.keyring, pending.secretCiphertext), "base64"),
      );
      const check = verifyTotpCode(secret, input.code, null);
      if (!check.ok) return null;
      await tx
        .update(totpCredentials)
        .set({ confirmedAt: new Date(), lastUsedStep: check.step })
        .where(eq(totpCredentials.userId, caller.userId));
      const generated = await regenerateRecoveryCodes(tx, caller.userId);
      // An MFA change ends every other session and API token; this one is now MFA-verified.
      const keep = caller.via.kind === "session" ? caller.via.sessionId : undefined;
      const ended = await invalidateUserSessions(tx, caller.userId, keep);
      await revokeUserRefreshTokens(tx, caller.userId);
      if (keep) await markSessionMfaVerified(tx, keep);
      await queueEmail(
        tx,
        accountEmails.mfaChanged(
          await localeOf(tx, caller.userId),
          caller.email,
          caller.name,
          true,
        ),
      );
      await audit(ctx, tx, {
        action: "auth.mfa_enabled",
        subjectUserId: caller.userId,
        details: { sessionsEnded: ended },
      });
      return generated;
    });
    if (!codes)
      throw new AppError(
        "BAD_REQUEST",
        "INVALID_CODE",
        "That code is not right. Check the time on your phone and try the newest code.",
        { fields: { code: "That code is not right." } },
      );
    await ctx.jobs.kickEmailDelivery();
    return { recoveryCodes: codes };
  });

/** Turns MFA off (password and a current code required), unless the role requires it. */
export const disableMfa = accountSetupProcedure
  .input(reauthInput)
  .mutation(async ({ ctx, input }) => {
    const settings = await readSettings(ctx.db);
    if (settings["security.mfaRequiredRoles"].includes(ctx.caller.role)) {
      throw new AppError(
        "FORBIDDEN",
        "MFA_REQUIRED_FOR_ROLE",
        "Your role must use two-factor authentication, so it cannot be turned off.",
      );
    }
    await reauthenticate(ctx, input);
    const keep = ctx.caller.via.kind === "session" ? ctx.caller.via.sessionId : undefined;
    await ctx.db.transaction(async (tx) => {
      await tx.delete(totpCredentials).where(eq(totpCredentials.userId, ctx.caller.userId));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.caller.userId));
      const ended = await invalidateUserSessions(tx, ctx.caller.userId, keep);
      await revokeUserRefreshTokens(tx, ctx.caller.userId);
      await queueEmail(
        tx,
        accountEmails.mfaChanged(
          await localeOf(tx, ctx.caller.userId),
          ctx.caller.email,
          ctx.caller.name,
          false,
        ),
      );
      await audit(ctx, tx, {
        action: "auth.mfa_disabled",
        subjectUserId: ctx.caller.userId,
        details: { sessionsEnded: ended },
      });
    });
    await ctx.jobs.kickEmailDelivery();
    return { ok: true as const };
  });

/** Replaces the recovery codes (password and a current code required); the old ones stop working. */
export const regenerateMfaRecoveryCodes = accountSetupProcedure
  .input(reauthInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await hasConfirmedTotp(ctx.db, ctx.caller.userId))) {
      throw new AppError(
        "BAD_REQUEST",
        "MFA_NOT_ENABLED",
        "Turn on two-factor authentication first.",
      );
    }
    await reauthenticate(ctx, input);
    const codes = await ctx.db.transaction(async (tx) => {
      const generated = await regenerateRecoveryCodes(tx, ctx.caller.userId);
      await audit(ctx, tx, {
        action: "auth.recovery_codes_regenerated",
        subjectUserId: ctx.caller.userId,
      });
      return generated;
    });
    return { recoveryCodes: codes };
  });
