/**
 * The controlled list of specialties a doctor chooses from. The slug is stored; the label is shown.
 * `conditions` are the plain words patients search with ("acne", "chest pain").
 */
export const SPECIALTIES = [
  {
    slug: "allergy-immunology",
    label: "Allergy & Immunology",
    conditions: ["allergies", "asthma", "hay fever", "food allergy"],
  },
  {
    slug: "cardiology",
    label: "Cardiology",
    conditions: ["chest pain", "high blood pressure", "arrhythmia", "heart failure"],
  },
  {
    slug: "dermatology",
    label: "Dermatology",
    conditions: ["acne", "eczema", "psoriasis", "skin cancer screening"],
  },
  {
    slug: "endocrinology",
    label: "Endocrinology",
    conditions: ["diabetes", "thyroid", "osteoporosis", "hormone disorders"],
  },
  {
    slug: "family-medicine",
    label: "Family Medicine",
    conditions: ["check-up", "cold and flu", "vaccinations", "chronic care"],
  },
  {
    slug: "gastroenterology",
    label: "Gastroenterology",
    conditions: ["reflux", "irritable bowel", "colonoscopy", "liver disease"],
  },
  {
    slug: "infectious-disease",
    label: "Infectious Disease",
    conditions: ["HIV care", "travel medicine", "recurrent infections"],
  },
  {
    slug: "internal-medicine",
    label: "Internal Medicine",
    conditions: ["annual physical", "hypertension", "cholesterol"],
  },
  {
    slug: "nephrology",
    label: "Nephrology",
    conditions: ["kidney disease", "kidney stones", "dialysis"],
  },
  {
    slug: "neurology",
    label: "Neurology",
    conditions: ["migraine", "epilepsy", "multiple sclerosis", "memory loss"],
  },
  {
    slug: "obstetrics-gynecology",
    label: "Obstetrics & Gynecology",
    conditions: ["pregnancy", "contraception", "menopause"],
  },
  {
    slug: "oncology",
    label: "Oncology",
    conditions: ["cancer treatment", "chemotherapy", "tumour"],
  },
  {
    slug: "ophthalmology",
    label: "Ophthalmology",
    conditions: ["cataract", "glaucoma", "vision problems"],
  },
  {
    slug: "orthopedics",
    label: "Orthopedics",
    conditions: ["back pain", "knee pain", "fractures", "sports injury"],
  },
  {
    slug: "otolaryngology",
    label: "Ear, Nose & Throat",
    conditions: ["sinusitis", "hearing loss", "tonsillitis"],
  },
  {
    slug: "pediatrics",
    label: "Pediatrics",
    conditions: ["child check-up", "childhood vaccines", "fever in children"],
  },
  {
    slug: "psychiatry",
    label: "Psychiatry",
    conditions: ["depression", "anxiety", "ADHD", "bipolar disorder"],
  },
  {
    slug: "pulmonology",
    label: "Pulmonology",
    conditions: ["asthma", "COPD", "sleep apnea", "chronic cough"],
  },
  { slug: "rheumatology", label: "Rheumatology", conditions: ["arthritis", "lupus", "gout"] },
  {
    slug: "urology",
    label: "Urology",
    conditions: ["urinary tract infection", "prostate", "kidney stones"],
  },
] as const;

export type SpecialtySlug = (typeof SPECIALTIES)[number]["slug"];

export const SPECIALTY_SLUGS = SPECIALTIES.map((s) => s.slug) as [
  SpecialtySlug,
  ...SpecialtySlug[],
];

export function specialtyLabel(slug: string): string {
  return SPECIALTIES.find((s) => s.slug === slug)?.label ?? slug;
}
