import { inflateSync } from "node:zlib";

import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { createKeyring } from "@resq/auth/encryption";
import { rowsOf } from "@resq/db/client";
import { appointments, breakGlassGrants, treatmentNotes, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { rotateEncryptionKeys } from "../../records/rotate-keys";
import { failureOf, seededTestApi, signedInAs, type TestBrowser } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const today = () => new Date().toISOString().slice(0, 10);

let patientId: string;
let as: Record<
  "patient" | "otherPatient" | "careDoctor" | "otherDoctor" | "admin" | "anonymous",
  TestBrowser
>;
let labId: string;
let noteId: string;

beforeAll(async () => {
  patientId = await idOf("patient@resq.test");
  as = {
    patient: await signedInAs(app, "patient@resq.test"),
    otherPatient: await signedInAs(app, "patient2@resq.test"),
    careDoctor: await signedInAs(app, "doctor@resq.test"), // has the seeded past visit with the patient
    otherDoctor: await signedInAs(app, "doctor2@resq.test"),
    admin: await signedInAs(app, "admin@resq.test"),
    anonymous: app.browser(),
  };
  const doctor = await as.careDoctor.api();
  labId = (
    await doctor.records.addLab({
      patientId,
      testName: "LDL cholesterol",
      code: "13457-7",
      valueNumeric: 4.6,
      unit: "mmol/L",
      referenceLow: 0,
      referenceHigh: 3.0,
      collectedAt: new Date(Date.now() - 2 * 86_400_000),
      reportedAt: new Date(Date.now() - 86_400_000),
    })
  ).id;
  await doctor.records.addProblem({
    patientId,
    icd10Code: "I10",
    description: "Essential hypertension",
    onsetDate: "2024-03-01",
  });
  await doctor.records.addPrescription({
    patientId,
    medication: "Amlodipine",
    dose: "5 mg",
    route: "oral",
    frequency: "once daily",
    refills: 2,
  });
  await doctor.records.addAllergy({
    patientId,
    substance: "Penicillin",
    reaction: "Hives",
    severity: "moderate",
  });
  await doctor.records.addImmunization({
    patientId,
    vaccine: "Influenza 2026/27",
    administeredOn: today(),
    lot: "FLU-2291",
  });
  noteId = (
    await doctor.records.saveNoteDraft({
      patientId,
      body: "Blood pressure 148/92. Start amlodipine; recheck in four weeks.",
    })
  ).id;
  await doctor.records.signNote({ noteId });
});

type Who = keyof typeof as;
const outcome = (call: Promise<unknown>) =>
  call.then(
    () => "allowed",
    (e: { code: string }) => e.code,
  );

describe(`records access matrix on ${testDatabaseKind()}`, () => {
  const expectations: [Who, string][] = [
    ["patient", "allowed"],
    ["careDoctor", "allowed"],
    ["otherPatient", "NOT_FOUND"],
    ["otherDoctor", "NOT_FOUND"],
    ["admin", "NOT_FOUND"],
    ["anonymous", "UNAUTHORIZED"],
  ];

  it.each(expectations)("%s reading the patient's chart: %s", async (who, expected) => {
    const api = await as[who].api();
    const args = who === "patient" ? {} : { patientId };
    expect(await outcome(api.records.summary(args))).toBe(expected);
    expect(await outcome(api.records.timeline({ ...args }))).toBe(expected);
    expect(await outcome(api.records.get({ id: labId }))).toBe(expected);
    expect(await outcome(api.records.get({ id: noteId }))).toBe(expected);
    expect(await outcome(api.records.exportFhir(args))).toBe(expected);
    expect(await outcome(api.records.exportPdf(args))).toBe(expected);
  });

  it("lets only the patient read their access log", async () => {
    expect(await outcome((await as.patient.api()).records.accessLog({}))).toBe("allowed");
    for (const who of ["careDoctor", "otherDoctor", "admin"] as const) {
      expect(await outcome((await as[who].api()).records.accessLog({}))).toBe("FORBIDDEN");
    }
    expect(await outcome((await as.anonymous.api()).records.accessLog({}))).toBe("UNAUTHORIZED");
  });

  it("lets only the doctor in care write, sign and amend notes", async () => {
    const draft = (browser: TestBrowser) =>
      browser.api().then((api) => api.records.saveNoteDraft({ patientId, body: "Matrix check" }));
    expect(await outcome(draft(as.careDoctor))).toBe("allowed");
    expect(await outcome(draft(as.otherDoctor))).toBe("NOT_FOUND");
    expect(await outcome(draft(as.patient))).toBe("FORBIDDEN");
    expect(await outcome(draft(as.admin))).toBe("FORBIDDEN");
    expect(await outcome(draft(as.anonymous))).toBe("UNAUTHORIZED");
    const other = await as.otherDoctor.api();
    expect(await outcome(other.records.signNote({ noteId }))).toBe("NOT_FOUND");
    expect(
      await outcome(
        other.records.amendNote({ noteId, body: "Not mine", reason: "Trying to amend" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await outcome(
        (await as.patient.api()).records.amendNote({
          noteId,
          body: "Mine now",
          reason: "Trying to amend",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("lets only doctors in care write, and never patients or admins", async () => {
    const write = (browser: TestBrowser) =>
      browser.api().then((api) =>
        api.records.addAllergy({
          patientId,
          substance: "Latex",
          reaction: "Rash",
          severity: "mild",
        }),
      );
    expect(await outcome(write(as.careDoctor))).toBe("allowed");
    expect(await outcome(write(as.otherDoctor))).toBe("NOT_FOUND");
    expect(await outcome(write(as.patient))).toBe("FORBIDDEN");
    expect(await outcome(write(as.admin))).toBe("FORBIDDEN");
    expect(await outcome(write(as.anonymous))).toBe("UNAUTHORIZED");
  });

  it("opens a chart under break-glass only while the grant lasts, flags every access, and tells the patient and admins", async () => {
    const doctor = await as.otherDoctor.api();
    expect(
      (await failureOf(doctor.records.breakGlass({ patientId, reason: "short" }))).fields,
    ).toHaveProperty("reason");
    const grant = await doctor.records.breakGlass({
      patientId,
      reason: "Unconscious patient in the emergency room, allergies needed",
      minutes: 30,
    });
    expect(await outcome(doctor.records.summary({ patientId }))).toBe("allowed");
    const log = await (await as.patient.api()).records.accessLog({});
    expect(
      log.items.find((e) => e.breakGlass && e.actorName === "Dr. Lucas Moreau")?.breakGlassReason,
    ).toContain("emergency room");
    expect(
      (await (await as.patient.api()).notifications.list({})).items.some(
        (n) => n.kind === "security.break_glass",
      ),
    ).toBe(true);
    expect(
      (await (await as.admin.api()).notifications.list({})).items.some(
        (n) => n.kind === "security.break_glass",
      ),
    ).toBe(true);

    await app.db
      .update(breakGlassGrants)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(breakGlassGrants.id, grant.id));
    expect(await outcome(doctor.records.summary({ patientId }))).toBe("NOT_FOUND");

    const admin = await as.admin.api();
    await admin.records.breakGlass({
      patientId,
      reason: "Legal request reviewed by the privacy officer today",
      minutes: 10,
    });
    expect(await outcome(admin.records.timeline({ patientId }))).toBe("allowed");
  });

  it("never lets a patient break the glass, nor a doctor into a non-patient's chart", async () => {
    expect(
      await outcome(
        (await as.otherPatient.api()).records.breakGlass({
          patientId,
          reason: "I would like to read my neighbour's record",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await outcome(
        (await as.otherDoctor.api()).records.breakGlass({
          patientId: await idOf("doctor@resq.test"),
          reason: "Checking a colleague's chart for no reason",
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe(`the record's content on ${testDatabaseKind()}`, () => {
  it("shows the patient every access to their chart, with who, role, when and what", async () => {
    await (await as.careDoctor.api()).records.get({ id: labId });
    const log = await (await as.patient.api()).records.accessLog({});
    const doctorRead = log.items.find(
      (e) => e.action === "record.read" && e.actorName === "Dr. Maya Chen",
    );
    expect(doctorRead).toMatchObject({ actorRole: "doctor", recordType: "lab", breakGlass: false });
    expect(log.items.some((e) => e.action === "record.created")).toBe(true);
  });

  it("flags lab values outside the range and summarises active problems, medicines and allergies", async () => {
    const summary = await (await as.patient.api()).records.summary({});
    expect(summary.recentLabs[0]).toMatchObject({ testName: "LDL cholesterol", abnormal: true });
    expect(summary.problems.map((p) => p.icd10Code)).toContain("I10");
    expect(summary.medications.map((m) => m.medication)).toContain("Amlodipine");
    expect(summary.allergies.map((a) => a.substance)).toContain("Penicillin");
    const labs = await (await as.patient.api()).records.timeline({ types: ["lab"] });
    expect(labs.items.every((i) => i.type === "lab")).toBe(true);
    expect(labs.items[0]?.detail).toContain("outside the normal range");
  });

  it("refuses bad clinical input with the field named, and writes nothing", async () => {
    const doctor = await as.careDoctor.api();
    const before = (await doctor.records.timeline({ patientId, pageSize: 100 })).total;
    expect(
      (
        await failureOf(
          doctor.records.addProblem({ patientId, icd10Code: "hypertension", description: "x" }),
        )
      ).fields,
    ).toHaveProperty("icd10Code");
    expect(
      (
        await failureOf(
          doctor.records.addImmunization({
            patientId,
            vaccine: "Future vaccine",
            administeredOn: "2099-01-01",
          }),
        )
      ).fields,
    ).toHaveProperty("administeredOn");
    expect(
      (
        await failureOf(
          doctor.records.addLab({
            patientId,
            testName: "Sodium",
            valueNumeric: 140,
            unit: "mmol/L",
            referenceLow: 145,
            referenceHigh: 135,
            collectedAt: new Date(),
            reportedAt: new Date(),
          }),
        )
      ).fields,
    ).toHaveProperty("referenceHigh");
    expect(
      (
        await failureOf(
          doctor.records.addPrescription({
            patientId,
            medication: "Ibuprofen",
            dose: "400 mg",
            route: "by magic" as "oral",
            frequency: "daily",
            refills: -1,
          }),
        )
      ).fields,
    ).toMatchObject({
      route: expect.any(String) as unknown,
      refills: expect.any(String) as unknown,
    });
    expect((await doctor.records.timeline({ patientId, pageSize: 100 })).total).toBe(before);
  });

  it("keeps a signed note unchangeable; an amendment is a new version and both remain", async () => {
    const doctor = await as.careDoctor.api();
    expect(
      (
        await failureOf(
          doctor.records.saveNoteDraft({ patientId, noteId, body: "Changed after signing" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const tamper = await app.db
      .execute(sql`update treatment_notes set body_ciphertext = 'x' where id = ${noteId}`)
      .then(
        () => "changed",
        () => "refused",
      );
    expect(tamper).toBe("refused");
    const remove = await app.db.execute(sql`delete from treatment_notes where id = ${noteId}`).then(
      () => "deleted",
      () => "refused",
    );
    expect(remove).toBe("refused");

    const amendment = await doctor.records.amendNote({
      noteId,
      body: "Blood pressure 148/92. Start amlodipine 5 mg; recheck in two weeks.",
      reason: "Corrected the follow-up interval",
    });
    expect(amendment.version).toBe(2);
    const original = await (await as.patient.api()).records.get({ id: noteId });
    const amended = await (await as.patient.api()).records.get({ id: amendment.id });
    expect((original.record as { body: string }).body).toContain("four weeks");
    expect((amended.record as { body: string; amendmentReason: string }).body).toContain(
      "two weeks",
    );
    expect(amended.versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it("stores note bodies as ciphertext, and key rotation keeps every note readable", async () => {
    const stored = rowsOf<{ body_ciphertext: string }>(
      await app.db.execute(sql`select body_ciphertext from treatment_notes`),
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(row.body_ciphertext).toMatch(/^v1\.[0-9a-f]{12}\./);
      expect(row.body_ciphertext).not.toContain("amlodipine");
    }
    const rotated = createKeyring(Buffer.alloc(32, 7).toString("base64"), [
      app.keyring.current.key.toString("base64"),
    ]);
    const result = await rotateEncryptionKeys(app.db, rotated);
    expect(result.notes).toBe(stored.length);
    const after = rowsOf<{ body_ciphertext: string }>(
      await app.db.execute(sql`select body_ciphertext from treatment_notes`),
    );
    expect(after.every((row) => row.body_ciphertext.split(".")[1] === rotated.current.id)).toBe(
      true,
    );
    expect(await rotateEncryptionKeys(app.db, rotated)).toEqual({ notes: 0, totpSecrets: 0 });
    // Readable with the new key alone once everything is rotated.
    const onlyNew = createKeyring(Buffer.alloc(32, 7).toString("base64"));
    const { readableNote } = await import("../../records/chart");
    const [note] = await app.db.select().from(treatmentNotes).where(eq(treatmentNotes.id, noteId));
    expect(readableNote(onlyNew, note!).body).toContain("four weeks");
    // Rotate back so the rest of the file reads with the app's keyring again.
    const back = createKeyring(app.keyring.current.key.toString("base64"), [
      rotated.current.key.toString("base64"),
    ]);
    expect((await rotateEncryptionKeys(app.db, back)).notes).toBe(stored.length);
  });

  it("exports a FHIR R4 bundle whose references resolve inside it", async () => {
    const bundle = await (await as.patient.api()).records.exportFhir({});
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    for (const type of [
      "Patient",
      "Condition",
      "MedicationRequest",
      "Observation",
      "AllergyIntolerance",
      "Immunization",
    ])
      expect(types.has(type as never)).toBe(true);
    const urls = new Set(bundle.entry?.map((e) => e.fullUrl));
    const references =
      JSON.stringify(bundle)
        .match(/"reference":"([^"]+)"/g)
        ?.map((r) => r.slice(13, -1)) ?? [];
    expect(references.length).toBeGreaterThan(4);
    for (const reference of references) expect(urls.has(reference)).toBe(true);
    const ldl = bundle.entry?.find((e) => e.resource?.resourceType === "Observation")?.resource as {
      valueQuantity?: { value: number; unit: string };
      interpretation?: { coding: { code: string }[] }[];
    };
    expect(ldl.valueQuantity).toEqual({ value: 4.6, unit: "mmol/L" });
    expect(ldl.interpretation?.[0]?.coding[0]?.code).toBe("A");
  });

  it("downloads a PDF that contains the record's text", async () => {
    const { base64, contentType } = await (await as.patient.api()).records.exportPdf({});
    expect(contentType).toBe("application/pdf");
    const pdf = Buffer.from(base64, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Read the text back: inflate each content stream, then join the hex strings of each TJ array.
    const streams = [
      ...pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g),
    ].map((match) => {
      try {
        return inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
      } catch {
        return "";
      }
    });
    const text = streams
      .flatMap((stream) => [...stream.matchAll(/\[([^\]]*)\]\s*TJ/g)])
      .map((array) =>
        [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((hex) => Buffer.from(hex[1]!, "hex").toString("latin1"))
          .join(""),
      )
      .join("\n");
    expect(text).toContain("LDL cholesterol");
    expect(text).toContain("Essential hypertension");
    expect(text).toContain("recheck in four weeks");
  });

  it("keeps the seeded care relationship the only door: a cancelled booking opens nothing", async () => {
    const stranger = await idOf("doctor2@resq.test");
    await app.db.insert(appointments).values({
      doctorId: stranger,
      patientId: await idOf("patient2@resq.test"),
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 86_400_000 + 1_800_000),
      status: "cancelled",
    });
    expect(
      await outcome(
        (await as.otherDoctor.api()).records.summary({
          patientId: await idOf("patient2@resq.test"),
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});
