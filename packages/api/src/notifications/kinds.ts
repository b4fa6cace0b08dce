import type { UserRole } from "@resq/db/schema";

/** One kind of notification: who gets it, what it is called, and its default channels. */
export interface NotificationKindDefinition {
  label: string;
  description: string;
  /** The roles that can receive it (the preferences page shows them only theirs). */
  roles: readonly UserRole[];
  /** Default channels for a user who has not chosen. */
  inApp: boolean;
  email: boolean;
  /** Security alerts: always delivered on every channel, whatever is stored. */
  locked?: true;
}

const everyone = ["patient", "doctor", "admin"] as const;
const patients = ["patient"] as const;
const doctors = ["doctor"] as const;
const participants = ["patient", "doctor"] as const;

/**
 * Every kind of notification RESQ sends, in one place. Adding a kind (billing, support replies, …)
 * is one line here (kept one line per kind on purpose); `notify` and the preferences page pick it up.
 */
// prettier-ignore
export const notificationKinds = {
  "appointment.booked": { label: "Booking confirmed", description: "An appointment is booked.", roles: participants, inApp: true, email: true },
  "appointment.rescheduled": { label: "Booking changed", description: "An appointment moves to another time.", roles: participants, inApp: true, email: true },
  "appointment.cancelled": { label: "Booking cancelled", description: "An appointment is cancelled.", roles: participants, inApp: true, email: true },
  "appointment.reminder": { label: "Appointment reminders", description: "Before an appointment.", roles: patients, inApp: true, email: true },
  "waitlist.offer": { label: "Waitlist offers", description: "A time you wait for opens up.", roles: patients, inApp: true, email: true },
  "message.new": { label: "New messages", description: "A message arrives (emails never include its text).", roles: participants, inApp: true, email: true },
  "record.new": { label: "New health record entries", description: "Your doctor adds to your record.", roles: patients, inApp: true, email: false },
  "verification.result": { label: "Profile verification", description: "An admin decides on your practice profile.", roles: doctors, inApp: true, email: true },
  "invoice.issued": { label: "New invoices", description: "A practice bills you for a visit or a fee.", roles: patients, inApp: true, email: false },
  "support.opened": { label: "New support requests", description: "A patient or doctor asks for help.", roles: ["admin"], inApp: true, email: true },
  "support.assigned": { label: "Support requests assigned to you", description: "A request is given to you to answer.", roles: ["admin"], inApp: true, email: true },
  "support.reply": { label: "Support replies", description: "An answer to a support request (emails never include its text).", roles: everyone, inApp: true, email: true },
  "support.status": { label: "Support request status", description: "A request is closed or reopened.", roles: participants, inApp: true, email: true },
  "security.break_glass": { label: "Emergency access to a record", description: "Someone opens a health record under break-glass.", roles: everyone, inApp: true, email: true, locked: true },
  "security.account": { label: "Sign-in and security emails", description: "Password, email and two-factor changes.", roles: everyone, inApp: true, email: true, locked: true },
} as const satisfies Record<string, NotificationKindDefinition>;

export type NotificationKind = keyof typeof notificationKinds;
export type NotificationChannel = "inApp" | "email";

export const notificationKindNames = Object.keys(notificationKinds) as [
  NotificationKind,
  ...NotificationKind[],
];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(notificationKinds, kind);
}
