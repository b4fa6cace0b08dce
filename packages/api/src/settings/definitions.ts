import { z } from "zod";

/** A whole number in a range, with messages an admin can act on. */
const whole = (min: number, max: number, unit: string) =>
  z
    .number({ error: "Enter a number." })
    .int("Use a whole number.")
    .min(min, `At least ${min} ${unit}.`)
    .max(max, `At most ${max} ${unit}.`);

/**
 * Every system setting: its validation and its default. A setting has a row in system_settings only
 * once someone changed it; reading always goes through the schema, so a bad row falls back to the
 * default rather than breaking the app.
 */
export const settingDefinitions = {
  /** Roles that must use two-factor authentication before reaching clinical data or admin pages. */
  "security.mfaRequiredRoles": {
    schema: z.array(z.enum(["patient", "doctor", "admin"]), "Choose roles."),
    default: ["doctor", "admin"] as ("patient" | "doctor" | "admin")[],
  },
  "security.sessionIdleTimeoutMinutes": {
    schema: whole(5, 24 * 60, "minutes"),
    default: 30,
  },
  "security.sessionAbsoluteLifetimeHours": {
    schema: whole(1, 24 * 30, "hours"),
    default: 12,
  },
  "platform.name": {
    schema: z.string().trim().min(1, "Enter a name.").max(60, "Use at most 60 characters."),
    default: "RESQ",
  },
  /** How long a freed slot is held for the waitlisted patient it is offered to. */
  "booking.waitlistHoldMinutes": {
    schema: whole(1, 24 * 60, "minutes"),
    default: 15,
  },
  /** Hours before an appointment when reminders go out. */
  "booking.reminderHoursBefore": {
    schema: z.array(whole(1, 24 * 14, "hours")).max(5, "At most 5 reminders."),
    default: [24, 2] as number[],
  },
  // Admin-managed settings (platform, booking defaults for new practices, messaging, banner).
  "platform.supportEmail": {
    schema: z.email("Enter an email address.").max(254),
    default: "support@resq.example",
  },
  /** Shown at the top of every page while set (e.g. planned maintenance); empty = no banner. */
  "platform.maintenanceBanner": {
    schema: z.string().trim().max(300, "Use at most 300 characters."),
    default: "",
  },
  /** Defaults a new practice starts with; each doctor can change their own afterwards. */
  "booking.minimumNoticeMinutes": {
    schema: z
      .number()
      .int()
      .min(0)
      .max(14 * 24 * 60),
    default: 120,
  },
  "booking.horizonDays": { schema: z.number().int().min(1).max(730), default: 60 },
  "booking.cancellationWindowHours": {
    schema: z
      .number()
      .int()
      .min(0)
      .max(14 * 24),
    default: 24,
  },
  "messaging.attachmentTypes": {
    schema: z
      .array(z.enum(["application/pdf", "image/png", "image/jpeg", "image/webp"]))
      .min(1, "Allow at least one file type."),
    default: ["application/pdf", "image/png", "image/jpeg", "image/webp"] as (
      "application/pdf" | "image/png" | "image/jpeg" | "image/webp"
    )[],
  },
  "messaging.attachmentMaxBytes": {
    schema: z
      .number({ error: "Enter a size." })
      .int()
      .min(100 * 1024, "At least 100 KB.")
      .max(10 * 1024 * 1024, "At most 10 MB."),
    default: 5 * 1024 * 1024,
  },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]["schema"]>;
export type Settings = { [K in SettingKey]: SettingValue<K> };
