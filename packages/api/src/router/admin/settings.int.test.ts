import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, doctorProfiles, messages, systemSettings, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { resolveCaller } from "../../auth/caller";
import {
  failureOf,
  seededTestApi,
  signedInAs,
  signUpAndVerify,
  type TestBrowser,
} from "../../test-support";

const app = seededTestApi();
/** Any error message: the field is named, its wording is the form's business. */
const aMessage = expect.any(String) as unknown;
const settingsChanges = async () =>
  app.db.select().from(auditEvents).where(eq(auditEvents.action, "admin.settings_changed"));
const storedSettings = async () => (await app.db.select({ n: count() }).from(systemSettings))[0]!.n;

let admin: TestBrowser;
beforeAll(async () => {
  admin = await signedInAs(app, "admin@resq.test");
});

describe(`admin system settings on ${testDatabaseKind()}`, () => {
  it("refuses settings to anonymous (401), patients and doctors (403); anyone reads the banner", async () => {
    for (const [who, expected] of [
      [null, "UNAUTHORIZED"],
      ["patient@resq.test", "FORBIDDEN"],
      ["doctor@resq.test", "FORBIDDEN"],
    ] as const) {
      const api = await (who ? await signedInAs(app, who) : app.browser()).api();
      expect((await failureOf(api.admin.settings())).code).toBe(expected);
      expect(
        (
          await failureOf(
            api.admin.updateSettings({
              group: "platform",
              values: { name: "Hacked", supportEmail: "x@example.org", maintenanceBanner: "" },
            }),
          )
        ).code,
      ).toBe(expected);
      expect((await api.admin.publicSettings()).platformName).toBe("RESQ");
    }
  });

  it("shows every group with defaults, and rejects invalid values naming the field, writing nothing", async () => {
    const api = await admin.api();
    const current = await api.admin.settings();
    expect(current.platform).toEqual({
      name: "RESQ",
      supportEmail: "support@resq.example",
      maintenanceBanner: "",
    });
    expect(current.security.sessionIdleTimeoutMinutes).toBe(30);
    expect(current.messaging.attachmentMaxBytes).toBe(5 * 1024 * 1024);
    expect(current.booking).toMatchObject({ minimumNoticeMinutes: 120, horizonDays: 60 });

    const stored = await storedSettings();
    const bad = await failureOf(
      api.admin.updateSettings({
        group: "security",
        values: {
          ...current.security,
          sessionIdleTimeoutMinutes: 1,
        },
      }),
    );
    expect(bad).toMatchObject({
      code: "BAD_REQUEST",
      fields: { "values.sessionIdleTimeoutMinutes": aMessage },
    });
    const badEmail = await failureOf(
      api.admin.updateSettings({
        group: "platform",
        values: { ...current.platform, name: "New name", supportEmail: "nope" },
      }),
    );
    expect(badEmail.fields).toHaveProperty(["values.supportEmail"]);
    expect(await storedSettings()).toBe(stored);
    expect((await api.admin.settings()).platform.name).toBe("RESQ");
    expect(await settingsChanges()).toHaveLength(0);
  });

  it("applies a new idle timeout to open sessions at once and audits old and new values", async () => {
    const user = await signedInAs(app, "patient2@resq.test");
    const inTenMinutes = new Date(Date.now() + 10 * 60_000);
    const api = await admin.api();
    const current = await api.admin.settings();
    // Under the default 30 minutes, ten idle minutes are fine (checked without sliding the session).
    expect(
      await resolveCaller(app.db, app.keyring, { sessionToken: user.sessionToken }),
    ).not.toBeNull();

    const saved = await api.admin.updateSettings({
      group: "security",
      values: { ...current.security, sessionIdleTimeoutMinutes: 5 },
    });
    expect(saved.changed).toEqual(["security.sessionIdleTimeoutMinutes"]);
    expect(
      await resolveCaller(app.db, app.keyring, { sessionToken: user.sessionToken }, inTenMinutes),
    ).toBeNull();
    const [event] = await settingsChanges();
    expect(event).toMatchObject({
      actorRole: "admin",
      details: {
        group: "security",
        changes: { "security.sessionIdleTimeoutMinutes": { old: 30, new: 5 } },
      },
    });

    // Saving the same values again changes nothing and records nothing.
    expect(
      (
        await api.admin.updateSettings({
          group: "security",
          values: { ...current.security, sessionIdleTimeoutMinutes: 5 },
        })
      ).changed,
    ).toEqual([]);
    expect(await settingsChanges()).toHaveLength(1);
    await api.admin.updateSettings({ group: "security", values: current.security });
  });

  it("limits message attachments to the configured size and types at once", async () => {
    const api = await admin.api();
    const current = await api.admin.settings();
    const patient = await signedInAs(app, "patient@resq.test");
    const [doctor] = await app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "doctor@resq.test"));
    const { id } = await (
      await patient.api()
    ).messages.start({ counterpartId: doctor!.id, subject: "Scan", body: "Attached." });
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(300 * 1024, 32)]).toString(
      "base64",
    );
    const send = async () =>
      (await patient.api()).messages.send({
        conversationId: id,
        body: "The scan",
        attachments: [{ filename: "scan.pdf", base64: pdf }],
      });
    await send();
    const sent = (await app.db.select({ n: count() }).from(messages))[0]!.n;

    await api.admin.updateSettings({
      group: "messaging",
      values: { ...current.messaging, attachmentMaxBytes: 200 * 1024 },
    });
    const tooBig = await failureOf(send());
    expect(tooBig).toMatchObject({ code: "BAD_REQUEST", appCode: "ATTACHMENT_REFUSED" });
    expect(tooBig.message).toContain("larger than 200 KB");

    await api.admin.updateSettings({
      group: "messaging",
      values: { attachmentMaxBytes: 5 * 1024 * 1024, attachmentTypes: ["image/png"] },
    });
    const wrongType = await failureOf(send());
    expect(wrongType.message).toContain("is not a PNG file");
    expect((await app.db.select({ n: count() }).from(messages))[0]!.n).toBe(sent);

    await api.admin.updateSettings({ group: "messaging", values: current.messaging });
    await send();
  });

  it("starts new practices with the booking defaults and shows the maintenance banner to everyone", async () => {
    const api = await admin.api();
    const current = await api.admin.settings();
    await api.admin.updateSettings({
      group: "booking",
      values: { ...current.booking, minimumNoticeMinutes: 240, horizonDays: 90 },
    });
    await signUpAndVerify(app, { role: "doctor", email: "new.doctor@example.org" });
    const [profile] = await app.db
      .select()
      .from(doctorProfiles)
      .innerJoin(users, eq(users.id, doctorProfiles.userId))
      .where(and(eq(users.email, "new.doctor@example.org")));
    expect(profile?.doctor_profiles).toMatchObject({
      minimumNoticeMinutes: 240,
      bookingHorizonDays: 90,
      cancellationWindowHours: 24,
    });

    await api.admin.updateSettings({
      group: "platform",
      values: { ...current.platform, maintenanceBanner: "  Maintenance tonight 22:00 UTC  " },
    });
    expect(await (await app.browser().api()).admin.publicSettings()).toMatchObject({
      maintenanceBanner: "Maintenance tonight 22:00 UTC",
    });
  });
});
