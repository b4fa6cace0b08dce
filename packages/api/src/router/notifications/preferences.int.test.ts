import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  auditEvents,
  emailOutbox,
  notificationPreferences,
  notifications,
  users,
} from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { sendMessageDigest } from "../../messaging/digest";
import { notify, notifyByEmail } from "../../notify";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const notificationsOf = async (userId: string, kind: string) =>
  app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
const storedPreferences = async (userId: string) =>
  app.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
const email = (to: string, subject: string) => ({ to, subject, kind: "test", text: "Hello" });
const outboxSubjects = async (to: string) =>
  (await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to))).map(
    (row) => row.subject,
  );

describe(`notification preferences on ${testDatabaseKind()}`, () => {
  it("lists the kinds of the caller's role with sensible defaults; security alerts are locked on", async () => {
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    const mine = await patient.notifications.preferences();
    const byKind = new Map(mine.map((p) => [p.kind, p]));
    expect(byKind.get("message.new")).toMatchObject({ inApp: true, email: true, locked: false });
    expect(byKind.get("record.new")).toMatchObject({ inApp: true, email: false, locked: false });
    expect(byKind.get("security.break_glass")).toMatchObject({
      inApp: true,
      email: true,
      locked: true,
    });
    // Doctors' kinds are not a patient's to choose.
    expect(byKind.has("verification.result")).toBe(false);
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    const doctorKinds = (await doctor.notifications.preferences()).map((p) => p.kind);
    expect(doctorKinds).toContain("verification.result");
    expect(doctorKinds).not.toContain("waitlist.offer");
  });

  it("switching a kind off stops it on that channel only, for that user only, and is audited", async () => {
    const patientId = await idOf("patient@resq.test");
    const otherId = await idOf("patient2@resq.test");
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    const after = await patient.notifications.setPreference({
      kind: "appointment.reminder",
      inApp: false,
      email: true,
    });
    expect(after.find((p) => p.kind === "appointment.reminder")).toMatchObject({
      inApp: false,
      email: true,
    });

    expect(await notify(app.db, patientId, { kind: "appointment.reminder", title: "R1" })).toBe(
      false,
    );
    expect(await notificationsOf(patientId, "appointment.reminder")).toHaveLength(0);
    expect(
      await notifyByEmail(
        app.db,
        patientId,
        "appointment.reminder",
        email("patient@resq.test", "R1"),
      ),
    ).toBe(true);
    expect(await outboxSubjects("patient@resq.test")).toContain("R1");
    // Another kind, and another user, are untouched.
    expect(await notify(app.db, patientId, { kind: "appointment.booked", title: "B1" })).toBe(true);
    expect(await notify(app.db, otherId, { kind: "appointment.reminder", title: "R2" })).toBe(true);
    expect(await notificationsOf(otherId, "appointment.reminder")).toHaveLength(1);

    // The email channel off as well; then back on.
    await patient.notifications.setPreference({
      kind: "appointment.reminder",
      inApp: false,
      email: false,
    });
    expect(
      await notifyByEmail(
        app.db,
        patientId,
        "appointment.reminder",
        email("patient@resq.test", "R3"),
      ),
    ).toBe(false);
    expect(await outboxSubjects("patient@resq.test")).not.toContain("R3");
    await patient.notifications.setPreference({
      kind: "appointment.reminder",
      inApp: true,
      email: true,
    });
    expect(await notify(app.db, patientId, { kind: "appointment.reminder", title: "R4" })).toBe(
      true,
    );
    expect(await storedPreferences(patientId)).toHaveLength(1);

    const changes = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.notification_preferences_changed"));
    expect(changes).toHaveLength(3);
    expect(changes.every((row) => row.actorId === patientId)).toBe(true);
  });

  it("message emails respect the choice: no digest while new-message emails are off", async () => {
    const patientId = await idOf("patient@resq.test");
    const doctor = await (await signedInAs(app, "doctor@resq.test")).api();
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    await patient.notifications.setPreference({ kind: "message.new", inApp: false, email: false });
    const before = (await notificationsOf(patientId, "message.new")).length;
    await doctor.messages.start({
      counterpartId: patientId,
      subject: "Your results",
      body: "Please call the practice.",
    });
    expect(await notificationsOf(patientId, "message.new")).toHaveLength(before);
    expect(await sendMessageDigest(app.db, patientId, "http://localhost:3000")).toBe(false);

    await patient.notifications.setPreference({ kind: "message.new", inApp: true, email: true });
    expect(await sendMessageDigest(app.db, patientId, "http://localhost:3000")).toBe(true);
  });

  it("security alerts cannot be switched off: refused with 400 naming the kind, nothing stored, and even a stored row is ignored", async () => {
    const patientId = await idOf("patient2@resq.test");
    const patient = await (await signedInAs(app, "patient2@resq.test")).api();
    const refused = await failureOf(
      patient.notifications.setPreference({
        kind: "security.break_glass",
        inApp: false,
        email: false,
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", appCode: "ALWAYS_ON" });
    expect(refused.fields).toHaveProperty("kind");
    expect(await storedPreferences(patientId)).toHaveLength(0);

    // A row written behind the API's back (or by an older version) changes nothing.
    await app.db
      .insert(notificationPreferences)
      .values({ userId: patientId, kind: "security.break_glass", inApp: false, email: false });
    expect(
      (await patient.notifications.preferences()).find((p) => p.kind === "security.break_glass"),
    ).toMatchObject({ inApp: true, email: true, locked: true });
    expect(
      await notify(app.db, patientId, { kind: "security.break_glass", title: "Emergency access" }),
    ).toBe(true);
    expect(
      await notifyByEmail(
        app.db,
        patientId,
        "security.break_glass",
        email("patient2@resq.test", "Emergency access"),
      ),
    ).toBe(true);
    expect(await outboxSubjects("patient2@resq.test")).toContain("Emergency access");
  });

  it("refuses unknown kinds, kinds not for the role, and bad input with 400 naming the field; anonymous callers get 401", async () => {
    const patientId = await idOf("patient2@resq.test");
    const patient = await (await signedInAs(app, "patient2@resq.test")).api();
    const before = await storedPreferences(patientId);
    const unknown = await failureOf(
      patient.notifications.setPreference({
        kind: "billing.nonsense" as "message.new",
        inApp: false,
        email: false,
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.fields).toHaveProperty("kind");
    const notMine = await failureOf(
      patient.notifications.setPreference({
        kind: "verification.result",
        inApp: false,
        email: false,
      }),
    );
    expect(notMine).toMatchObject({ code: "BAD_REQUEST", appCode: "KIND_NOT_YOURS" });
    expect(notMine.fields).toHaveProperty("kind");
    const badChannel = await failureOf(
      patient.notifications.setPreference({
        kind: "message.new",
        inApp: "no" as unknown as boolean,
        email: false,
      }),
    );
    expect(badChannel.fields).toHaveProperty("inApp");
    expect(await storedPreferences(patientId)).toEqual(before);

    const anonymous = await app.browser().api();
    expect((await failureOf(anonymous.notifications.preferences())).code).toBe("UNAUTHORIZED");
    expect(
      (
        await failureOf(
          anonymous.notifications.setPreference({
            kind: "message.new",
            inApp: false,
            email: false,
          }),
        )
      ).code,
    ).toBe("UNAUTHORIZED");
  });
});
