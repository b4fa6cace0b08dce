// The password lengths alone, apart from password-policy.ts: a page that only needs the bounds
// (sign-in) must not ship zxcvbn's dictionaries (about 1.4 MB of script) to the browser.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
