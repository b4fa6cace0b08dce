import type { UserRole } from "@resq/db/schema";

import { roleName } from "../i18n/common";
import type { Locale } from "../locales";
import { emailText } from "./texts";

/**
 * The emails RESQ sends, each in its recipient's language (the words are in texts.ts). Plain text
 * first (what every client shows); no clinical detail ever goes into an email.
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
  verifyEmail: (locale: Locale, to: string, name: string, code: string): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "verify-email",
      subject: t("verifyEmail.subject", { code }),
      text: t("verifyEmail.text", { name, code }),
    };
  },
  alreadyRegistered: (locale: Locale, to: string, appUrl: string): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "sign-up-existing",
      subject: t("alreadyRegistered.subject"),
      text: t("alreadyRegistered.text", { appUrl }),
    };
  },
  passwordReset: (locale: Locale, to: string, name: string, link: string): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "password-reset",
      subject: t("passwordReset.subject"),
      text: t("passwordReset.text", { name, link }),
    };
  },
  passwordChanged: (locale: Locale, to: string, name: string): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "password-changed",
      subject: t("passwordChanged.subject"),
      text: t("passwordChanged.text", { name }),
    };
  },
  emailChanged: (locale: Locale, to: string, name: string, newEmail: string): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "email-changed",
      subject: t("emailChanged.subject"),
      text: t("emailChanged.text", { name, newEmail }),
    };
  },
  mfaChanged: (locale: Locale, to: string, name: string, enabled: boolean): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "mfa-changed",
      subject: t(enabled ? "mfaOn.subject" : "mfaOff.subject"),
      text: t(enabled ? "mfaOn.text" : "mfaOff.text", { name }),
    };
  },
  /** An account an admin created: a link to choose the password (the reset token, valid a week). */
  invitation: (
    locale: Locale,
    to: string,
    invitee: { name: string; role: UserRole },
    platform: string,
    link: string,
  ): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "invitation",
      subject: t("invitation.subject", { platform }),
      text: t("invitation.text", {
        name: invitee.name,
        platform,
        role: roleName(locale, invitee.role),
        link,
      }),
    };
  },
};

export const providerEmails = {
  verificationDecided: (
    locale: Locale,
    to: string,
    name: string,
    approved: boolean,
    reason: string | null,
    appUrl: string,
  ): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: approved ? "verification-approved" : "verification-rejected",
      subject: t(approved ? "verificationApproved.subject" : "verificationRejected.subject"),
      text: approved
        ? t("verificationApproved.text", { name, appUrl })
        : t("verificationRejected.text", { name, reason: reason ?? "", appUrl }),
    };
  },
};

/**
 * When and with whom, in the patient's words and language (appointments/details.ts builds it);
 * never the reason for the visit or other clinical detail.
 */
export interface AppointmentSummary {
  locale: Locale;
  doctorName: string;
  serviceName: string;
  /** e.g. "Tuesday, December 1, 2026 at 10:00 AM (America/New York)" */
  when: string;
  place: string;
  link: string;
}

const details = (a: AppointmentSummary) =>
  emailText(a.locale)("appointment.details", {
    service: a.serviceName,
    doctor: a.doctorName,
    when: a.when,
    place: a.place,
    link: a.link,
  });

const who = (a: AppointmentSummary) => ({ service: a.serviceName, doctor: a.doctorName });

/** Appointment emails, in the language of the summary (the recipient's). */
export const appointmentEmails = {
  booked: (to: string, a: AppointmentSummary, ics: string): EmailMessage => {
    const t = emailText(a.locale);
    return {
      to,
      kind: "appointment-booked",
      subject: t("booked.subject", who(a)),
      text: t("booked.text", { details: details(a) }),
      attachments: [{ filename: "appointment.ics", contentType: "text/calendar", content: ics }],
    };
  },
  rescheduled: (to: string, a: AppointmentSummary, ics: string): EmailMessage => {
    const t = emailText(a.locale);
    return {
      to,
      kind: "appointment-rescheduled",
      subject: t("rescheduled.subject", who(a)),
      text: t("rescheduled.text", { details: details(a) }),
      attachments: [{ filename: "appointment.ics", contentType: "text/calendar", content: ics }],
    };
  },
  cancelled: (
    to: string,
    a: AppointmentSummary,
    byDoctor: boolean,
    reason: string | null,
  ): EmailMessage => {
    const t = emailText(a.locale);
    return {
      to,
      kind: "appointment-cancelled",
      subject: t("cancelled.subject", who(a)),
      text: byDoctor
        ? t("cancelledByPractice.text", { details: details(a) }) +
          (reason ? t("cancelledByPractice.reason", { reason }) : "") +
          t("cancelledByPractice.rebook", { link: a.link })
        : t("cancelled.text", { details: details(a) }),
    };
  },
  reminder: (to: string, a: AppointmentSummary, hoursBefore: number): EmailMessage => {
    const t = emailText(a.locale);
    return {
      to,
      kind: "appointment-reminder",
      subject: t(hoursBefore >= 24 ? "reminderTomorrow.subject" : "reminderSoon.subject", who(a)),
      text: t("reminder.text", { details: details(a) }),
    };
  },
};

export const waitlistEmails = {
  offer: (
    to: string,
    a: AppointmentSummary,
    holdMinutes: number,
    acceptLink: string,
  ): EmailMessage => {
    const t = emailText(a.locale);
    return {
      to,
      kind: "waitlist-offer",
      subject: t("waitlistOffer.subject", { doctor: a.doctorName }),
      text: t("waitlistOffer.text", {
        ...who(a),
        minutes: holdMinutes,
        when: a.when,
        place: a.place,
        link: acceptLink,
      }),
    };
  },
};

/** Someone opened a patient's record under break-glass: the patient is told at once. */
export const securityEmails = {
  breakGlass: (
    locale: Locale,
    to: string,
    actor: { name: string; role: UserRole },
    reason: string,
  ): EmailMessage => {
    const t = emailText(locale);
    return {
      to,
      kind: "break-glass",
      subject: t("breakGlass.subject"),
      text: t("breakGlass.text", {
        actor: actor.name,
        role: roleName(locale, actor.role),
        reason,
      }),
    };
  },
};

/** "You have new messages": never their text or sender. */
export const messageEmails = {
  digest: (
    locale: Locale,
    to: string,
    name: string,
    count: number,
    from: "careTeam" | "patients",
    link: string,
  ): EmailMessage => {
    const t = emailText(locale);
    const text =
      from === "careTeam"
        ? count === 1
          ? "digestOneFromCareTeam.text"
          : "digestManyFromCareTeam.text"
        : count === 1
          ? "digestOneFromPatients.text"
          : "digestManyFromPatients.text";
    return {
      to,
      kind: "message-digest",
      subject: count === 1 ? t("digestOne.subject") : t("digestMany.subject", { count }),
      text: t(text, { name, count, link }),
    };
  },
};

/** Support tickets are named by their reference and linked: never their subject or any message. */
export const supportEmails = {
  toRequester: (
    locale: Locale,
    to: string,
    name: string,
    ref: string,
    event: "reply" | "closed" | "reopened",
    link: string,
  ): EmailMessage => {
    const t = emailText(locale);
    const key = (
      { reply: "supportReplied", closed: "supportClosed", reopened: "supportReopened" } as const
    )[event];
    return {
      to,
      kind: "support-update",
      subject: t(`${key}.subject`, { ref }),
      text: t(`${key}.text`, { name, ref, link }),
    };
  },
  toSupport: (
    locale: Locale,
    to: string,
    name: string,
    ref: string,
    event: "opened" | "reply",
    link: string,
  ): EmailMessage => {
    const t = emailText(locale);
    const key = event === "opened" ? "supportOpened" : "supportRequesterReplied";
    return {
      to,
      kind: "support-update",
      subject: t(`${key}.subject`, { ref }),
      text: t(`${key}.text`, { name, ref, link }),
    };
  },
};
