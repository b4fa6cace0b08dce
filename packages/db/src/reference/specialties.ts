/**
 * The controlled list of specialties a doctor chooses from. The slug is stored; the label is shown.
 * `practitioner` and `conditions` are the plain words patients search with ("dermatologist", "acne").
 */
export const SPECIALTIES = [
  {
    slug: "allergy-immunology",
    label: "Allergy & Immunology",
    practitioner: "allergist",
    conditions: ["allergies", "asthma", "hay fever", "food allergy"],
  },
  {
    slug: "cardiology",
    label: "Cardiology",
    practitioner: "cardiologist",
    conditions: ["chest pain", "high blood pressure", "arrhythmia", "heart failure"],
  },
  {
    slug: "dermatology",
    label: "Dermatology",
    practitioner: "dermatologist",
    conditions: ["acne", "eczema", "psoriasis", "skin cancer screening"],
  },
  {
    slug: "endocrinology",
    label: "Endocrinology",
    practitioner: "endocrinologist",
    conditions: ["diabetes", "thyroid", "osteoporosis", "hormone disorders"],
  },
  {
    slug: "family-medicine",
    label: "Family Medicine",
    practitioner: "family doctor",
    conditions: ["check-up", "cold and flu", "vaccinations", "chronic care"],
  },
  {
    slug: "gastroenterology",
    label: "Gastroenterology",
    practitioner: "gastroenterologist",
    conditions: ["reflux", "irritable bowel", "colonoscopy", "liver disease"],
  },
  {
    slug: "infectious-disease",
    label: "Infectious Disease",
    practitioner: "infectious disease specialist",
    conditions: ["HIV care", "travel medicine", "recurrent infections"],
  },
  {
    slug: "internal-medicine",
    label: "Internal Medicine",
    practitioner: "internist",
    conditions: ["annual physical", "hypertension", "cholesterol"],
  },
  {
    slug: "nephrology",
    label: "Nephrology",
    practitioner: "nephrologist",
    conditions: ["kidney disease", "kidney stones", "dialysis"],
  },
  {
    slug: "neurology",
    label: "Neurology",
    practitioner: "neurologist",
    conditions: ["migraine", "epilepsy", "multiple sclerosis", "memory loss"],
  },
  {
    slug: "obstetrics-gynecology",
    label: "Obstetrics & Gynecology",
    practitioner: "gynecologist",
    conditions: ["pregnancy", "contraception", "menopause"],
  },
  {
    slug: "oncology",
    label: "Oncology",
    practitioner: "oncologist",
    conditions: ["cancer treatment", "chemotherapy", "tumour"],
  },
  {
    slug: "ophthalmology",
    label: "Ophthalmology",
    practitioner: "ophthalmologist",
    conditions: ["cataract", "glaucoma", "vision problems"],
  },
  {
    slug: "orthopedics",
    label: "Orthopedics",
    practitioner: "orthopedic surgeon",
    conditions: ["back pain", "knee pain", "fractures", "sports injury"],
  },
  {
    slug: "otolaryngology",
    label: "Ear, Nose & Throat",
    practitioner: "ENT doctor",
    conditions: ["sinusitis", "hearing loss", "tonsillitis"],
  },
  {
    slug: "pediatrics",
    label: "Pediatrics",
    practitioner: "pediatrician",
    conditions: ["child check-up", "childhood vaccines", "fever in children"],
  },
  {
    slug: "psychiatry",
    label: "Psychiatry",
    practitioner: "psychiatrist",
    conditions: ["depression", "anxiety", "ADHD", "bipolar disorder"],
  },
  {
    slug: "pulmonology",
    label: "Pulmonology",
    practitioner: "pulmonologist",
    conditions: ["asthma", "COPD", "sleep apnea", "chronic cough"],
  },
  {
    slug: "rheumatology",
    practitioner: "rheumatologist",
    label: "Rheumatology",
    conditions: ["arthritis", "lupus", "gout"],
  },
  {
    slug: "urology",
    label: "Urology",
    practitioner: "urologist",
    conditions: ["urinary tract infection", "prostate", "kidney stones"],
  },
  {
    slug: "general-surgery",
    label: "General Surgery",
    practitioner: "surgeon",
    conditions: ["hernia", "gallbladder", "appendix"],
  },
  {
    slug: "geriatrics",
    label: "Geriatrics",
    practitioner: "geriatrician",
    conditions: ["memory loss", "falls", "healthy ageing"],
  },
  {
    slug: "hematology",
    label: "Hematology",
    practitioner: "hematologist",
    conditions: ["anemia", "blood clots", "bleeding disorders"],
  },
  {
    slug: "pain-medicine",
    label: "Pain Medicine",
    practitioner: "pain specialist",
    conditions: ["back pain", "chronic pain", "nerve pain"],
  },
  {
    slug: "physical-medicine-rehabilitation",
    label: "Physical Medicine & Rehabilitation",
    practitioner: "physiatrist",
    conditions: ["stroke recovery", "spinal cord injury", "mobility"],
  },
  {
    slug: "plastic-surgery",
    label: "Plastic Surgery",
    practitioner: "plastic surgeon",
    conditions: ["reconstruction", "scar revision", "burns"],
  },
  {
    slug: "podiatry",
    label: "Podiatry",
    practitioner: "podiatrist",
    conditions: ["foot pain", "bunions", "diabetic foot care"],
  },
  {
    slug: "sleep-medicine",
    label: "Sleep Medicine",
    practitioner: "sleep specialist",
    conditions: ["sleep apnea", "insomnia", "snoring"],
  },
  {
    slug: "sports-medicine",
    label: "Sports Medicine",
    practitioner: "sports medicine doctor",
    conditions: ["sports injury", "sprains", "concussion"],
  },
  {
    slug: "vascular-surgery",
    label: "Vascular Surgery",
    practitioner: "vascular surgeon",
    conditions: ["varicose veins", "aneurysm", "poor circulation"],
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

export function specialtyBySlug(slug: string | null | undefined) {
  return SPECIALTIES.find((s) => s.slug === slug);
}
