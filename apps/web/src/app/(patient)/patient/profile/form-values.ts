import {
  PATIENT_PROFILE_FIELDS,
  type PatientProfileField,
} from "@resq/api/patient-profile-schemas";

/** What the profile form holds: every field as text ("" = not given). */
export type PatientProfileFormValues = { [F in PatientProfileField]: string };

/** The form's values for a profile as the API returns it (null → ""). */
export function formValuesOf(profile: {
  [F in PatientProfileField]: string | null;
}): PatientProfileFormValues {
  const values = {} as PatientProfileFormValues;
  for (const field of PATIENT_PROFILE_FIELDS) values[field] = profile[field] ?? "";
  return values;
}
