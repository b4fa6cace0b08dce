/**
 * Input schemas shared by the API and the web forms, so a form validates exactly as the server
 * will. Importable in the browser: zod and the offline password policy only.
 */
import { z } from "zod";

import { assessPassword } from "@resq/auth/password-policy";

import {
  currentPasswordSchema,
  emailSchema,
  nameSchema,
  resetTokenSchema,
  secondFactorCodeSchema,
} from "./credential-schemas";

export * from "./credential-schemas";

/** A password being chosen: the policy of packages/auth (length, not common or guessable). */
export function newPasswordSchema(userInputs: () => string[] = () => []) {
  return z.string().superRefine((password, ctx) => {
    const assessment = assessPassword(password, userInputs());
    if (!assessment.acceptable)
      ctx.addIssue({
        code: "custom",
        message: assessment.problem ?? "Choose a stronger password.",
      });
  });
}

export const signUpInput = z
  .object({
    role: z.enum(["patient", "doctor"]),
    name: nameSchema,
    email: emailSchema,
    password: z.string(),
  })
  .superRefine(({ password, name, email }, ctx) => {
    const assessment = assessPassword(password, [name, email]);
    if (!assessment.acceptable) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: assessment.problem ?? "Choose a stronger password.",
      });
    }
  });

export const resetPasswordInput = z.object({
  token: resetTokenSchema,
  password: newPasswordSchema(),
  code: secondFactorCodeSchema.optional(),
});

export const changePasswordInput = z
  .object({ currentPassword: currentPasswordSchema, newPassword: z.string() })
  .superRefine(({ currentPassword, newPassword }, ctx) => {
    const assessment = assessPassword(newPassword);
    if (!assessment.acceptable) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: assessment.problem ?? "Choose a stronger password.",
      });
    } else if (newPassword === currentPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a password different from the current one.",
      });
    }
  });
