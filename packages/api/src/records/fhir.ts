import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  Condition,
  Encounter,
  FhirResource,
  Immunization,
  MedicationRequest,
  Observation,
  Patient,
} from "fhir/r4";

import type { chartSummary } from "./chart";

type Chart = Awaited<ReturnType<typeof chartSummary>> & {
  patientProfile: { dateOfBirth: string | null; email: string } | null;
  allProblems: Awaited<ReturnType<typeof chartSummary>>["problems"];
  allMedications: Awaited<ReturnType<typeof chartSummary>>["medications"];
  allLabs: Awaited<ReturnType<typeof chartSummary>>["recentLabs"];
  allEncounters: Awaited<ReturnType<typeof chartSummary>>["encounters"];
};

const ref = (type: string, id: string) => ({ reference: `urn:uuid:${id}`, type });

/**
 * The whole record as a FHIR R4 `collection` Bundle (Patient, Encounter, Condition,
 * MedicationRequest, Observation, AllergyIntolerance, Immunization), so a patient can take it to
 * another provider. Entries reference each other by `urn:uuid:` full URLs inside the bundle.
 */
export function fhirBundle(chart: Chart, generatedAt = new Date()): Bundle {
  const patientId = chart.patient?.id ?? "unknown";
  const subject = ref("Patient", patientId);
  const resources: FhirResource[] = [];

  const [family, ...given] = (chart.patient?.name ?? "").split(" ").reverse();
  const patient: Patient = {
    resourceType: "Patient",
    id: patientId,
    name: [{ text: chart.patient?.name, family, given: given.reverse() }],
    ...(chart.patientProfile?.dateOfBirth ? { birthDate: chart.patientProfile.dateOfBirth } : {}),
    telecom: chart.patientProfile ? [{ system: "email", value: chart.patientProfile.email }] : [],
  };
  resources.push(patient);

  for (const e of chart.allEncounters) {
    const encounter: Encounter = {
      resourceType: "Encounter",
      id: e.id,
      status: "finished",
      class: {
        system: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
        code: "AMB",
        display: "ambulatory",
      },
      subject,
      period: { start: e.occurredAt.toISOString() },
      reasonCode: [{ text: e.title }],
    };
    resources.push(encounter);
  }
  for (const p of chart.allProblems) {
    const condition: Condition = {
      resourceType: "Condition",
      id: p.id,
      clinicalStatus: {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/condition-clinical",
            code:
              p.status === "resolved"
                ? "resolved"
                : p.status === "inactive"
                  ? "inactive"
                  : "active",
          },
        ],
      },
      code: {
        coding: [
          { system: "http://hl7.org/fhir/sid/icd-10", code: p.icd10Code, display: p.description },
        ],
        text: p.description,
      },
      subject,
      ...(p.onsetDate ? { onsetDateTime: p.onsetDate } : {}),
      recordedDate: p.recordedAt.toISOString(),
    };
    resources.push(condition);
  }
  for (const m of chart.allMedications) {
    const request: MedicationRequest = {
      resourceType: "MedicationRequest",
      id: m.id,
      status:
        m.status === "stopped" ? "stopped" : m.status === "completed" ? "completed" : "active",
      intent: "order",
      medicationCodeableConcept: { text: m.medication },
      subject,
      authoredOn: m.prescribedAt.toISOString(),
      dosageInstruction: [
        { text: `${m.dose}, ${m.route}, ${m.frequency}`, route: { text: m.route } },
      ],
      dispenseRequest: {
        numberOfRepeatsAllowed: m.refills,
        ...(m.durationDays
          ? {
              expectedSupplyDuration: {
                value: m.durationDays,
                unit: "days",
                system: "http://unitsofmeasure.org",
                code: "d",
              },
            }
          : {}),
      },
    };
    resources.push(request);
  }
  for (const l of chart.allLabs) {
    const value = l.valueNumeric !== null ? Number(l.valueNumeric) : null;
    const observation: Observation = {
      resourceType: "Observation",
      id: l.id,
      status: "final",
      category: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "laboratory",
            },
          ],
        },
      ],
      code: {
        ...(l.code
          ? { coding: [{ system: "http://loinc.org", code: l.code, display: l.testName }] }
          : {}),
        text: l.testName,
      },
      subject,
      effectiveDateTime: l.collectedAt.toISOString(),
      issued: l.reportedAt.toISOString(),
      ...(value !== null
        ? { valueQuantity: { value, unit: l.unit ?? undefined } }
        : { valueString: l.valueText ?? "" }),
      ...(l.referenceLow !== null || l.referenceHigh !== null
        ? {
            referenceRange: [
              {
                ...(l.referenceLow !== null
                  ? { low: { value: Number(l.referenceLow), unit: l.unit ?? undefined } }
                  : {}),
                ...(l.referenceHigh !== null
                  ? { high: { value: Number(l.referenceHigh), unit: l.unit ?? undefined } }
                  : {}),
              },
            ],
          }
        : {}),
      interpretation: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
              code: l.abnormal ? "A" : "N",
            },
          ],
        },
      ],
    };
    resources.push(observation);
  }
  for (const a of chart.allergies) {
    const allergy: AllergyIntolerance = {
      resourceType: "AllergyIntolerance",
      id: a.id,
      patient: subject,
      code: { text: a.substance },
      recordedDate: a.recordedAt.toISOString(),
      reaction: [{ manifestation: [{ text: a.reaction }], severity: a.severity }],
    };
    resources.push(allergy);
  }
  for (const i of chart.immunizations) {
    const immunization: Immunization = {
      resourceType: "Immunization",
      id: i.id,
      status: "completed",
      vaccineCode: { text: i.vaccine },
      patient: subject,
      occurrenceDateTime: i.administeredOn,
      ...(i.lot ? { lotNumber: i.lot } : {}),
    };
    resources.push(immunization);
  }

  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `urn:uuid:${resource.id ?? ""}`,
    resource,
  }));
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: generatedAt.toISOString(),
    entry,
  };
}
