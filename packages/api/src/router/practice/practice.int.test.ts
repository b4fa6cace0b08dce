import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditEvents, doctorProfiles, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import {
  failureOf,
  latestEmailTo,
  seededTestApi,
  signedInAs,
  signUpAndVerify,
} from "../../test-support";

const app = seededTestApi();

const profile = {
  displayName: "Dr. Ines Varga",
  specialty: "neurology" as const,
  subSpecialties: ["headache medicine"],
  bio: "Neurologist for migraine and epilepsy.",
  languages: ["en" as const, "de" as const],
  yearsOfPractice: 11,
  education: "MD, Semmelweis University",
  acceptingNewPatients: true,
};
const practice = {
  name: "Varga Neurology",
  addressLine: "12 Elm Street",
  city: "Portland",
  postalCode: "97201",
  country: "US",
  phone: "+1 503 555 0100",
  timeZone: "America/Los_Angeles",
};

/** Completes every onboarding step through the real procedures. */
async function completeOnboarding(
  api: Awaited<ReturnType<Awaited<ReturnType<typeof signUpAndVerify>>["api"]>>,
) {
  await api.practice.saveProfile(profile);
  await api.practice.saveLicence({
    licenceNumber: "OR-55521",
    licenceAuthority: "Oregon Medical Board",
    licenceExpiresOn: "2030-06-30",
  });
  await api.practice.savePractice(practice);
  await api.practice.saveService({
    name: "Migraine consultation",
    durationMinutes: 40,
    priceMinor: 18000,
    currency: "USD",
    active: true,
  });
  await api.practice.saveAvailability({
    rules: [1, 2, 3, 4].map((weekday) => ({ weekday, startTime: "08:00", endTime: "16:00" })),
  });
  await api.practice.saveBookingSettings({
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 60,
    bookingHorizonDays: 90,
    maxAppointmentsPerDay: 8,
    cancellationWindowHours: 24,
  });
}

describe(`doctor onboarding on ${testDatabaseKind()}`, () => {
  it("walks through the wizard, resumable, then submits to the verification queue", async () => {
    const doctor = await signUpAndVerify(app, { role: "doctor", email: "ines.varga@example.org" });
    const api = await doctor.api();
    expect((await api.practice.onboarding()).steps.every((s) => !s.done)).toBe(true);

    const early = await failureOf(api.practice.submitForVerification());
    expect(early).toMatchObject({ code: "BAD_REQUEST", appCode: "ONBOARDING_INCOMPLETE" });

    await api.practice.saveProfile(profile);
    const resumed = await (await doctor.api()).practice.onboarding();
    expect(resumed.steps.find((s) => s.step === "profile")?.done).toBe(true);
    expect(resumed.profile).toMatchObject({
      displayName: "Dr. Ines Varga",
      specialty: "neurology",
      languages: ["en", "de"],
    });

    await completeOnboarding(api);
    const state = await api.practice.onboarding();
    expect(state.complete).toBe(true);
    expect(state.rules).toHaveLength(4);
    expect(state.rules[0]).toMatchObject({ weekday: 1, startTime: "08:00", endTime: "16:00" });
    expect(state.practice?.timeZone).toBe("America/Los_Angeles");

    expect(await api.practice.submitForVerification()).toEqual({ status: "pending" });
    expect((await api.practice.onboarding()).verification.status).toBe("pending");
    expect((await failureOf(api.practice.submitForVerification())).appCode).toBe(
      "ALREADY_SUBMITTED",
    );
  });

  it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
    const api = await (await signedInAs(app, "doctor2@resq.test")).api();
    const before = await api.practice.onboarding();
    const overlapping = await failureOf(
      api.practice.saveAvailability({
        rules: [
          { weekday: 1, startTime: "09:00", endTime: "12:00" },
          { weekday: 1, startTime: "11:00", endTime: "14:00" },
        ],
      }),
    );
    expect(overlapping.code).toBe("BAD_REQUEST");
    expect(overlapping.fields).toMatchObject({
      "rules.1.startTime": expect.stringContaining("overlaps") as unknown,
    });
    expect(
      (
        await failureOf(
          api.practice.saveAvailability({
            rules: [{ weekday: 2, startTime: "17:00", endTime: "09:00" }],
          }),
        )
      ).fields,
    ).toMatchObject({ "rules.0.endTime": "The end must be after the start." });
    expect(
      (
        await failureOf(
          api.practice.saveService({
            name: "Free?",
            durationMinutes: 30,
            priceMinor: -1,
            currency: "USD",
            active: true,
          }),
        )
      ).fields,
    ).toHaveProperty("priceMinor");
    expect(
      (await failureOf(api.practice.savePractice({ ...practice, timeZone: "Mars/Olympus" })))
        .fields,
    ).toHaveProperty("timeZone");
    expect(
      (
        await failureOf(
          api.practice.saveProfile({ ...profile, specialty: "astrology" as "neurology" }),
        )
      ).fields,
    ).toHaveProperty("specialty");
    expect(
      (await failureOf(api.practice.addOverride({ date: "2026-12-24", kind: "extra_hours" }))).code,
    ).toBe("BAD_REQUEST");
    expect(await api.practice.onboarding()).toEqual(before);
  });

  it("lets only doctors edit a practice, and only their own services", async () => {
    expect((await failureOf((await app.browser().api()).practice.saveProfile(profile))).code).toBe(
      "UNAUTHORIZED",
    );
    expect(
      (
        await failureOf(
          (await (await signedInAs(app, "patient@resq.test")).api()).practice.onboarding(),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await failureOf(
          (await (await signedInAs(app, "admin@resq.test")).api()).practice.saveLicence({
            licenceNumber: "x",
            licenceAuthority: "y",
            licenceExpiresOn: "2030-01-01",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    const theirs = (await (await signedInAs(app, "doctor@resq.test")).api()).practice.onboarding();
    const serviceId = (await theirs).services[0]!.id;
    const other = await (await signedInAs(app, "doctor2@resq.test")).api();
    const stolen = await failureOf(
      other.practice.saveService({
        id: serviceId,
        name: "Mine now",
        durationMinutes: 30,
        priceMinor: 1,
        currency: "USD",
        active: true,
      }),
    );
    expect(stolen.code).toBe("NOT_FOUND");
  });
});

describe(`verification queue on ${testDatabaseKind()}`, () => {
  it("is for admins only", async () => {
    expect((await failureOf((await app.browser().api()).verification.queue({}))).code).toBe(
      "UNAUTHORIZED",
    );
    for (const email of ["patient@resq.test", "doctor@resq.test"]) {
      const api = await (await signedInAs(app, email)).api();
      expect((await failureOf(api.verification.queue({}))).code).toBe("FORBIDDEN");
      expect(
        (
          await failureOf(
            api.verification.decide({
              doctorId: "00000000-0000-4000-8000-000000000000",
              decision: "approve",
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
  });

  it("rejects with a reason, takes a resubmission, approves; the doctor is emailed and it is audited", async () => {
    const doctor = await signUpAndVerify(app, {
      role: "doctor",
      email: "queue.doctor@example.org",
    });
    const api = await doctor.api();
    await completeOnboarding(api);
    await api.practice.submitForVerification();
    const [me] = await app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "queue.doctor@example.org"));

    const admin = await (await signedInAs(app, "admin@resq.test")).api();
    const queue = await admin.verification.queue({});
    expect(queue.items.map((item) => item.email)).toEqual(
      expect.arrayContaining(["queue.doctor@example.org", "pending@resq.test"]),
    );

    const noReason = await failureOf(
      admin.verification.decide({ doctorId: me!.id, decision: "reject", reason: "no" }),
    );
    expect(noReason.fields).toHaveProperty("reason");
    await admin.verification.decide({
      doctorId: me!.id,
      decision: "reject",
      reason: "The licence number does not match the board's register.",
    });
    expect((await api.practice.onboarding()).verification).toMatchObject({
      status: "rejected",
      note: "The licence number does not match the board's register.",
    });
    expect((await latestEmailTo(app.db, "queue.doctor@example.org"))?.kind).toBe(
      "verification-rejected",
    );
    expect(
      (await failureOf(admin.verification.decide({ doctorId: me!.id, decision: "approve" })))
        .appCode,
    ).toBe("NOT_PENDING");

    await api.practice.saveLicence({
      licenceNumber: "OR-55522",
      licenceAuthority: "Oregon Medical Board",
      licenceExpiresOn: "2030-06-30",
    });
    await api.practice.submitForVerification();
    await admin.verification.decide({ doctorId: me!.id, decision: "approve" });
    expect((await api.practice.onboarding()).verification.status).toBe("verified");
    expect((await latestEmailTo(app.db, "queue.doctor@example.org"))?.kind).toBe(
      "verification-approved",
    );
    const decisions = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, me!.id));
    expect(decisions.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "admin.doctor_rejected",
        "admin.doctor_verified",
        "practice.submitted_for_verification",
      ]),
    );

    // Changing the licence of a verified profile sends it back for review.
    expect(
      await api.practice.saveLicence({
        licenceNumber: "OR-99999",
        licenceAuthority: "Oregon Medical Board",
        licenceExpiresOn: "2031-06-30",
      }),
    ).toEqual({ requeued: true });
    const [after] = await app.db
      .select({ status: doctorProfiles.verificationStatus })
      .from(doctorProfiles)
      .where(eq(doctorProfiles.userId, me!.id));
    expect(after?.status).toBe("pending");
  });
});
