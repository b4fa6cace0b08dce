/** Every demo account's password (design.md). Public by design: demo data only. */
export const DEMO_PASSWORD = "Demo-Passw0rd!";

/**
 * argon2id (m=19456, t=2, p=1) hash of DEMO_PASSWORD, computed once so that seeding thousands of
 * accounts costs no hashing. packages/auth tests that it still verifies under the current parameters.
 */
export const DEMO_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$iYgZCMitmgXx1OVhDCStow$pPf3AR+i5x7yQLSDVTJMSycvoS4blflVnBz11bI//xQ";
