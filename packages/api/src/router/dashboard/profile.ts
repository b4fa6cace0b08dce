/** The parts of a patient's profile a practice needs, in the order the patient is asked for them. */
export const PROFILE_PARTS = [
  "date of birth",
  "phone number",
  "address",
  "emergency contact",
  "time zone",
] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];

interface PatientProfileFields {
  dateOfBirth: string | null;
  phone: string | null;
  addressLine: string | null;
  city: string | null;
  country: string | null;
  emergencyContactName: string | null;
  emergencyContactPhone: string | null;
  timeZone: string | null;
}

const filled = (value: string | null | undefined) => Boolean(value?.trim());

/**
 * What is missing from a patient's profile and how complete it is (0–100). No profile row at all
 * counts as everything missing, so a broken sign-up never shows as complete.
 */
export function profileCompleteness(profile: PatientProfileFields | null | undefined) {
  const present: Record<ProfilePart, boolean> = {
    "date of birth": filled(profile?.dateOfBirth),
    "phone number": filled(profile?.phone),
    address: filled(profile?.addressLine) && filled(profile?.city) && filled(profile?.country),
    "emergency contact":
      filled(profile?.emergencyContactName) && filled(profile?.emergencyContactPhone),
    "time zone": filled(profile?.timeZone),
  };
  const missing = PROFILE_PARTS.filter((part) => !present[part]);
  const percent = Math.round(
    ((PROFILE_PARTS.length - missing.length) / PROFILE_PARTS.length) * 100,
  );
  return { missing, percent };
}
