/**
 * Input schemas of the admin procedures, shared with the web forms (`@resq/api/admin-schemas`) so
 * that the browser checks exactly what the server checks. Only zod here: safe for client bundles.
 */
import { z } from "zod";

import { LOCALES } from "../../locales";
import { settingDefinitions, type SettingKey } from "../../settings/definitions";

export const ROLES = ["patient", "doctor", "admin"] as const;
export const USER_STATUSES = ["active", "suspended", "deleted"] as const;

export const reasonSchema = z
  .string()
  .trim()
  .min(5, "Say why (at least 5 characters).")
  .max(500, "Use at most 500 characters.");

const pageFields = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
};

export const userSearchInput = z.object({
  /** Part of a name or email. */
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  emailVerified: z.boolean().optional(),
  mfaEnabled: z.boolean().optional(),
  ...pageFields,
});

const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(100, "Use at most 100 characters.");
const emailSchema = z
  .email("Enter an email address.")
  .trim()
  .max(254)
  .transform((email) => email.toLowerCase());

export const createUserInput = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(ROLES, "Choose a role."),
  /** The invitee's language: their invitation, later emails and pages (English if not given). */
  locale: z.enum(LOCALES).optional(),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable();

/** Profile data an admin may correct. Contact fields apply to patients (doctors keep theirs in the practice). */
export const profileFields = z.object({
  name: nameSchema,
  email: emailSchema,
  phone: optionalText(40),
  addressLine: optionalText(200),
  city: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  dateOfBirth: z
    .union([z.literal(""), z.iso.date("Use the date format YYYY-MM-DD.")])
    .transform((value) => (value === "" ? null : value))
    .nullable(),
});

export const updateUserInput = profileFields.extend({ userId: z.uuid("Unknown user.") });

export const accessChangeInput = z.object({
  userId: z.uuid("Unknown user."),
  reason: reasonSchema,
});

export const deleteUserInput = accessChangeInput.extend({
  /** The user's email typed again, so a deletion is never one slip of the mouse. */
  confirmEmail: z.string().trim().min(1, "Type the user's email to confirm."),
});

/** Settings by form group: field name in the form → setting key. */
export const settingGroups = {
  platform: {
    name: "platform.name",
    supportEmail: "platform.supportEmail",
    maintenanceBanner: "platform.maintenanceBanner",
  },
  security: {
    mfaRequiredRoles: "security.mfaRequiredRoles",
    sessionIdleTimeoutMinutes: "security.sessionIdleTimeoutMinutes",
    sessionAbsoluteLifetimeHours: "security.sessionAbsoluteLifetimeHours",
  },
  booking: {
    minimumNoticeMinutes: "booking.minimumNoticeMinutes",
    horizonDays: "booking.horizonDays",
    cancellationWindowHours: "booking.cancellationWindowHours",
    reminderHoursBefore: "booking.reminderHoursBefore",
    waitlistHoldMinutes: "booking.waitlistHoldMinutes",
  },
  messaging: {
    attachmentTypes: "messaging.attachmentTypes",
    attachmentMaxBytes: "messaging.attachmentMaxBytes",
  },
} as const satisfies Record<string, Record<string, SettingKey>>;

export type SettingGroup = keyof typeof settingGroups;

type GroupShape<G extends SettingGroup> = {
  [F in keyof (typeof settingGroups)[G]]: (typeof settingDefinitions)[(typeof settingGroups)[G][F] &
    SettingKey]["schema"];
};

function groupSchema<G extends SettingGroup>(group: G) {
  const fields = settingGroups[group] as Record<string, SettingKey>;
  const shape = Object.fromEntries(
    Object.entries(fields).map(([field, key]) => [field, settingDefinitions[key].schema]),
  );
  return z.object(shape as GroupShape<G>);
}

/** One zod object per form group, built from the setting definitions themselves. */
export const settingGroupSchemas = {
  platform: groupSchema("platform"),
  security: groupSchema("security"),
  booking: groupSchema("booking"),
  messaging: groupSchema("messaging"),
};

export const updateSettingsInput = z.discriminatedUnion("group", [
  z.object({ group: z.literal("platform"), values: settingGroupSchemas.platform }),
  z.object({ group: z.literal("security"), values: settingGroupSchemas.security }),
  z.object({ group: z.literal("booking"), values: settingGroupSchemas.booking }),
  z.object({ group: z.literal("messaging"), values: settingGroupSchemas.messaging }),
]);

/** Filters of the audit log viewer and its CSV export. */
export const auditFilterInput = z.object({
  /** Who acted: an email or a user id. */
  actor: z.string().trim().max(254).optional(),
  /** Whose data: an email or a user id. */
  patient: z.string().trim().max(254).optional(),
  /** An action or the start of one: `admin.` or `record.read`. */
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9_.]*$/, "Use an action name such as record.read or admin.")
    .optional(),
  from: z.iso.date("Use the date format YYYY-MM-DD.").optional(),
  to: z.iso.date("Use the date format YYYY-MM-DD.").optional(),
});

export const auditLogInput = auditFilterInput.extend(pageFields);
export type AuditFilter = z.infer<typeof auditFilterInput>;
