/**
 * The emails RESQ sends about accounts. Plain text first (what every client shows); no clinical
 * detail ever goes into an email.
 */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Text content (e.g. an iCalendar file). */
  content: string;
}

export interface EmailMessage {
  to: string;
  kind: string;
  subject: string;
  text: string;
  attachments?: EmailAttachment[];
}

export const accountEmails = {
  verifyEmail: (to: string, name: string, code: string): EmailMessage => ({
    to,
    kind: "verify-email",
    subject: `Your RESQ verification code: ${code}`,
    text: `Hello ${name},\n\nYour verification code is:\n\n    ${code}\n\nIt is valid for 10 minutes. If you did not create a RESQ account, ignore this email.\n`,
  }),
  alreadyRegistered: (to: string, appUrl: string): EmailMessage => ({
    to,
    kind: "sign-up-existing",
    subject: "Someone tried to create a RESQ account with your email",
    text: `Hello,\n\nSomeone (perhaps you) tried to create a RESQ account with this email address, which already has an account.\n\nIf it was you, sign in at ${appUrl}/sign-in, or reset your password at ${appUrl}/forgot-password.\nIf it was not you, you can ignore this email: your account is unchanged.\n`,
  }),
  passwordReset: (to: string, name: string, link: string): EmailMessage => ({
    to,
    kind: "password-reset",
    subject: "Reset your RESQ password",
    text: `Hello ${name},\n\nTo choose a new password, open this link within one hour:\n\n${link}\n\nIf you did not ask for this, ignore this email; your password stays as it is.\n`,
  }),
  passwordChanged: (to: string, name: string): EmailMessage => ({
    to,
    kind: "password-changed",
    subject: "Your RESQ password was changed",
    text: `Hello ${name},\n\nYour password was just changed and your other sessions were signed out.\nIf this was not you, reset your password at once and contact support.\n`,
  }),
  emailChanged: (to: string, name: string, newEmail: string): EmailMessage => ({
    to,
    kind: "email-changed",
    subject: "Your RESQ email address was changed",
    text: `Hello ${name},\n\nThe email address of your RESQ account was changed to ${newEmail}.\nIf this was not you, contact support at once.\n`,
  }),
  mfaChanged: (to: string, name: string, enabled: boolean): EmailMessage => ({
    to,
    kind: "mfa-changed",
    subject: enabled
      ? "Two-factor authentication is on"
      : "Two-factor authentication was turned off",
    text: `Hello ${name},\n\nTwo-factor authentication was just turned ${enabled ? "on" : "off"} for your RESQ account.\nIf this was not you, reset your password at once and contact support.\n`,
  }),
};

export const providerEmails = {
  verificationDecided: (
    to: string,
    name: string,
    approved: boolean,
    reason: string | null,
    appUrl: string,
  ): EmailMessage => ({
    to,
    kind: approved ? "verification-approved" : "verification-rejected",
    subject: approved ? "Your RESQ profile is verified" : "Your RESQ profile needs changes",
    text: approved
      ? `Hello ${name},\n\nYour profile has been verified: patients can now find you and book with you.\n\n${appUrl}/doctor\n`
      : `Hello ${name},\n\nWe could not verify your profile yet. The reviewer wrote:\n\n    ${reason ?? ""}\n\nPlease update your profile and submit it again: ${appUrl}/doctor/onboarding\n`,
  }),
};

/** When and with whom, in the patient's words; never the reason for the visit or other clinical detail. */
export interface AppointmentSummary {
  doctorName: string;
  serviceName: string;
  /** e.g. "Tuesday, 1 December 2026, 10:00 (America/New York)" */
  when: string;
  place: string;
  link: string;
}

const details = (a: AppointmentSummary) =>
  `${a.serviceName} with ${a.doctorName}\n${a.when}\n${a.place}\n\nManage it: ${a.link}\n`;

export const appointmentEmails = {
  booked: (to: string, a: AppointmentSummary, ics: string): EmailMessage => ({
    to,
    kind: "appointment-booked",
    subject: `Booked: ${a.serviceName} with ${a.doctorName}`,
    text: `Your appointment is booked.\n\n${details(a)}\nThe attached file adds it to your calendar.\n`,
    attachments: [{ filename: "appointment.ics", contentType: "text/calendar", content: ics }],
  }),
  rescheduled: (to: string, a: AppointmentSummary, ics: string): EmailMessage => ({
    to,
    kind: "appointment-rescheduled",
    subject: `Moved: ${a.serviceName} with ${a.doctorName}`,
    text: `Your appointment has a new time.\n\n${details(a)}`,
    attachments: [{ filename: "appointment.ics", contentType: "text/calendar", content: ics }],
  }),
  cancelled: (
    to: string,
    a: AppointmentSummary,
    byDoctor: boolean,
    reason: string | null,
  ): EmailMessage => ({
    to,
    kind: "appointment-cancelled",
    subject: `Cancelled: ${a.serviceName} with ${a.doctorName}`,
    text:
      `This appointment is cancelled${byDoctor ? " by the practice" : ""}.\n\n${details(a)}` +
      (byDoctor
        ? `${reason ? `\nThe practice wrote: ${reason}\n` : ""}\nYou can book another time or join the doctor's waitlist: ${a.link}\n`
        : ""),
  }),
  reminder: (to: string, a: AppointmentSummary, hoursBefore: number): EmailMessage => ({
    to,
    kind: "appointment-reminder",
    subject: `Reminder: ${a.serviceName} with ${a.doctorName} ${hoursBefore >= 24 ? "tomorrow" : "soon"}`,
    text: `A reminder of your appointment.\n\n${details(a)}`,
  }),
};

export const waitlistEmails = {
  offer: (
    to: string,
    a: AppointmentSummary,
    holdMinutes: number,
    acceptLink: string,
  ): EmailMessage => ({
    to,
    kind: "waitlist-offer",
    subject: `A time opened up with ${a.doctorName}`,
    text: `A time you were waiting for is free, and we are holding it for you for ${holdMinutes} minutes.\n\n${a.serviceName} with ${a.doctorName}\n${a.when}\n${a.place}\n\nAccept or decline: ${acceptLink}\n`,
  }),
};
