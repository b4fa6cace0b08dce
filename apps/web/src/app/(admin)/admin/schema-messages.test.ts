import { createTranslator } from "next-intl";
import type { FieldErrors, ResolverResult } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import {
  auditFilterInput,
  createUserInput,
  deleteUserInput,
  profileFields,
  reasonSchema,
  settingGroupSchemas,
} from "@resq/api/admin-schemas";
import { analyticsRangeInput } from "@resq/api/analytics-range";

import { catalogues } from "../../../i18n/catalogue";
import { localizedResolver, schemaMessage } from "./schema-messages";

const en = createTranslator({ locale: "en", messages: catalogues.en, namespace: "admin" });
const es = createTranslator({ locale: "es", messages: catalogues.es, namespace: "admin" });

/** Every message a schema gives for some bad input. */
function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

// Bad inputs that, together, reach every message of the schemas the admin forms and filters use.
const produced = [
  ...messagesOf(reasonSchema, "abc"),
  ...messagesOf(reasonSchema, "x".repeat(501)),
  ...messagesOf(createUserInput, { name: "", email: "x", role: "nobody" }),
  ...messagesOf(createUserInput, { name: "x".repeat(101), email: "a@b.example", role: "admin" }),
  ...messagesOf(profileFields, {
    name: "Ana",
    email: "a@b.example",
    phone: "x".repeat(41),
    addressLine: "x".repeat(201),
    city: "x".repeat(101),
    postalCode: "x".repeat(21),
    country: "",
    dateOfBirth: "2020-13-01",
  }),
  ...messagesOf(deleteUserInput, { userId: "x", reason: "because", confirmEmail: "" }),
  ...messagesOf(auditFilterInput, { action: "Record Read", from: "x", to: "y" }),
  ...messagesOf(analyticsRangeInput, { from: "x", to: "2025-01-01" }),
  ...messagesOf(analyticsRangeInput, { from: "2025-01-02", to: "2025-01-01" }),
  ...messagesOf(analyticsRangeInput, { from: "2020-01-01", to: "2025-01-01" }),
  ...messagesOf(settingGroupSchemas.platform, {
    name: "",
    supportEmail: "x",
    maintenanceBanner: "x".repeat(301),
  }),
  ...messagesOf(settingGroupSchemas.platform, {
    name: "x".repeat(61),
    supportEmail: "a@b.example",
    maintenanceBanner: "",
  }),
  ...messagesOf(settingGroupSchemas.security, {
    mfaRequiredRoles: false,
    sessionIdleTimeoutMinutes: 1,
    sessionAbsoluteLifetimeHours: 100_000,
  }),
  ...messagesOf(settingGroupSchemas.security, {
    mfaRequiredRoles: [],
    sessionIdleTimeoutMinutes: 100_000,
    sessionAbsoluteLifetimeHours: 0,
  }),
  ...messagesOf(settingGroupSchemas.security, {
    mfaRequiredRoles: [],
    sessionIdleTimeoutMinutes: 7.5,
    sessionAbsoluteLifetimeHours: Number.NaN,
  }),
  ...messagesOf(settingGroupSchemas.booking, {
    minimumNoticeMinutes: Number.NaN,
    horizonDays: 0,
    cancellationWindowHours: 1.5,
    reminderHoursBefore: [0, 1000, 1, 1, 1, 1],
    waitlistHoldMinutes: 0,
  }),
  ...messagesOf(settingGroupSchemas.booking, {
    minimumNoticeMinutes: 99_999_999,
    horizonDays: 1000,
    cancellationWindowHours: 99_999,
    reminderHoursBefore: [],
    waitlistHoldMinutes: 100_000,
  }),
  ...messagesOf(settingGroupSchemas.messaging, { attachmentTypes: [], attachmentMaxBytes: 1 }),
  ...messagesOf(settingGroupSchemas.messaging, {
    attachmentTypes: ["application/pdf"],
    attachmentMaxBytes: 100 * 1024 * 1024,
  }),
  ...messagesOf(settingGroupSchemas.messaging, {
    attachmentTypes: ["application/pdf"],
    attachmentMaxBytes: Number.NaN,
  }),
];

describe("the admin schemas' messages", () => {
  it("are all produced by the inputs above (the test reaches them)", () => {
    expect(produced.length).toBeGreaterThan(30);
  });

  it("have a Spanish translation, and read in English exactly as the schema wrote them", () => {
    const untranslated = [...new Set(produced)].filter(
      (message) => schemaMessage(es, message) === message,
    );
    expect(untranslated).toEqual([]);
    for (const message of produced) expect(schemaMessage(en, message)).toBe(message);
  });

  it("translates messages with a number in them", () => {
    expect(schemaMessage(es, "Use at most 300 characters.")).toBe(
      "Use como máximo 300 caracteres.",
    );
    expect(schemaMessage(es, "At least 1 hours.")).toBe("Como mínimo 1 hora.");
    expect(schemaMessage(es, "Something new.")).toBe("Something new.");
  });

  it("translates a resolver's field errors, nested ones too, and leaves their elements alone", async () => {
    const ref = { name: "reason" };
    const resolver = localizedResolver(
      () =>
        Promise.resolve<ResolverResult>({
          values: {},
          errors: {
            reason: { type: "too_small", message: "Say why (at least 5 characters).", ref },
            list: [{ type: "too_small", message: "At least 1 hours." }],
          } as unknown as FieldErrors,
        }),
      es,
    );
    const result = await resolver({}, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors).toEqual({
      reason: { type: "too_small", message: "Indique el motivo (al menos 5 caracteres).", ref },
      list: [{ type: "too_small", message: "Como mínimo 1 hora." }],
    });
    expect((result.errors as { reason: { ref: unknown } }).reason.ref).toBe(ref);
  });
});
