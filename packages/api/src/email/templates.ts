/**
 * The emails RESQ sends about accounts. Plain text first (what every client shows); no clinical
 * detail ever goes into an email.
 */
export interface EmailMessage {
  to: string;
  kind: string;
  subject: string;
  text: string;
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
