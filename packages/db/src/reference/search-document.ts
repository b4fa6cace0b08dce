import { specialtyBySlug } from "./specialties";

/**
 * The text the directory searches (pg_trgm, typo-tolerant): the doctor's name, specialty in the
 * words patients use ("cardiology", "cardiologist", "chest pain"), sub-specialties and city.
 */
export function searchDocumentFor(profile: {
  displayName: string;
  specialty: string | null;
  subSpecialties: string[];
  city: string | null;
}): string {
  const specialty = specialtyBySlug(profile.specialty);
  return [
    profile.displayName.replace(/^dr\.?\s+/i, ""),
    specialty?.label,
    specialty?.practitioner,
    ...(specialty?.conditions ?? []),
    ...profile.subSpecialties,
    profile.city,
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}
