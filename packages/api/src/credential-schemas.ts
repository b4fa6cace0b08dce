/**
 * The input schemas of signing in, codes and email changes: everything but choosing a new password.
 * Apart from schemas.ts (which re-exports them) because the new-password checks bring zxcvbn's
 * dictionaries (about 1.4 MB of script): the pages that use only these must not ship them.
 */
import { z } from "zod";

import { PASSWORD_MAX_LENGTH } from "@resq/auth/password-limits";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address.").transform((email) => email.toLowerCase()));

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(120, "Use at most 120 characters.");

/** A password being presented (sign-in, re-authentication): any string within bounds. */
export const currentPasswordSchema = z
  .string()
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX_LENGTH * 4, "That password is too long.");

export const signInInput = z.object({ email: emailSchema, password: currentPasswordSchema });

export const verificationCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the code from the email.")
  .max(20, "That code is too long.");

export const verifyEmailInput = z.object({ email: emailSchema, code: verificationCodeSchema });

export const resendVerificationInput = z.object({ email: emailSchema });

/** A 6-digit authenticator code or a recovery code (XXXXX-XXXXX). */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(6, "Enter the 6-digit code from your app, or a recovery code.")
  .max(20, "That code is too long.");

export const secondFactorInput = z.object({ code: secondFactorCodeSchema });

export const requestPasswordResetInput = z.object({ email: emailSchema });

export const resetTokenSchema = z.string().trim().min(20).max(80);

export const changeEmailInput = z.object({
  password: currentPasswordSchema,
  newEmail: emailSchema,
});

export const confirmEmailChangeInput = z.object({ code: verificationCodeSchema });

/** Re-authentication for MFA changes: the password, and the current code when MFA is on. */
export const reauthInput = z.object({
  password: currentPasswordSchema,
  code: secondFactorCodeSchema.optional(),
});

export const confirmMfaInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code from your app."),
});
