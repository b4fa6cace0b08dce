import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, emailOutbox, messageAttachments, messages, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { attachmentForDownload } from "../../messaging/download";
import { sendMessageDigest } from "../../messaging/digest";
import { resolveCaller } from "../../auth/caller";
import { failureOf, seededTestApi, signedInAs, type TestBrowser } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").toString(
  "base64",
);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
  "base64",
);

let patient: TestBrowser;
let doctor: TestBrowser;
let doctorId: string;
let patientId: string;

beforeAll(async () => {
  patient = await signedInAs(app, "patient@resq.test");
  doctor = await signedInAs(app, "doctor@resq.test"); // the seeded past visit is their care relationship
  doctorId = await idOf("doctor@resq.test");
  patientId = await idOf("patient@resq.test");
});

describe(`secure messaging on ${testDatabaseKind()}`, () => {
  it("lets either side of a care relationship start a conversation, and nobody else (404)", async () => {
    expect((await (await patient.api()).messages.contacts()).map((c) => c.name)).toContain(
      "Dr. Maya Chen",
    );
    const started = await (
      await patient.api()
    ).messages.start({
      counterpartId: doctorId,
      subject: "Side effects",
      body: "My ankles swell since the new tablets.",
    });
    expect(started.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      (
        await (
          await doctor.api()
        ).messages.start({
          counterpartId: patientId,
          subject: "Results",
          body: "Your results are in.",
        })
      ).id,
    ).toBeTruthy();

    const stranger = await signedInAs(app, "doctor2@resq.test");
    expect(
      (
        await failureOf(
          (await stranger.api()).messages.start({
            counterpartId: patientId,
            subject: "Hi",
            body: "Hello",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const otherPatient = await signedInAs(app, "patient2@resq.test");
    expect(
      (
        await failureOf(
          (await otherPatient.api()).messages.start({
            counterpartId: doctorId,
            subject: "Hi",
            body: "Hello",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf((await otherPatient.api()).messages.conversation({ id: started.id }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await failureOf(
          (await otherPatient.api()).messages.send({ conversationId: started.id, body: "Sneaky" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const admin = await signedInAs(app, "admin@resq.test");
    expect((await failureOf((await admin.api()).messages.inbox({}))).code).toBe("FORBIDDEN");
  });

  it("counts unread messages, shows read receipts, and audits reads and writes", async () => {
    const { id } = await (
      await patient.api()
    ).messages.start({
      counterpartId: doctorId,
      subject: "Question about dose",
      body: "Can I take it in the evening?",
    });
    await (
      await patient.api()
    ).messages.send({ conversationId: id, body: "Or should it be mornings?" });
    const before = (await (await doctor.api()).messages.inbox({})).items.find((c) => c.id === id);
    expect(before?.unread).toBe(2);
    expect((await (await doctor.api()).messages.unreadTotal()).unread).toBeGreaterThanOrEqual(2);
    const mineBefore = await (await patient.api()).messages.conversation({ id });
    expect(mineBefore.messages.map((m) => m.readByRecipient)).toEqual([false, false]);

    const opened = await (await doctor.api()).messages.conversation({ id });
    expect(opened.messages.map((m) => m.body)).toEqual([
      "Can I take it in the evening?",
      "Or should it be mornings?",
    ]);
    expect(
      (await (await doctor.api()).messages.inbox({})).items.find((c) => c.id === id)?.unread,
    ).toBe(0);
    const mineAfter = await (await patient.api()).messages.conversation({ id });
    expect(mineAfter.messages.every((m) => m.readByRecipient)).toBe(true);

    const events = await app.db.select().from(auditEvents).where(eq(auditEvents.recordId, id));
    expect(events.map((e) => e.action)).toContain("message.read");
    const sent = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "message.sent"));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(sent)).not.toContain("evening");
  });

  it("puts waiting conversations first in the doctor's inbox, oldest waiting first", async () => {
    const first = await (
      await patient.api()
    ).messages.start({
      counterpartId: doctorId,
      subject: "Older question",
      body: "Waiting longest",
    });
    const second = await (
      await patient.api()
    ).messages.start({ counterpartId: doctorId, subject: "Newer question", body: "Waiting less" });
    const inbox = (await (await doctor.api()).messages.inbox({})).items;
    const waiting = inbox.filter((c) => c.unread > 0).map((c) => c.id);
    expect(waiting.indexOf(first.id)).toBeLessThan(waiting.indexOf(second.id));
    expect(inbox.findIndex((c) => c.unread === 0)).toBeGreaterThan(waiting.length - 1);
  });

  it("accepts PDFs and images by their content, refuses others with a clear error, and stores nothing then", async () => {
    const { id } = await (
      await patient.api()
    ).messages.start({
      counterpartId: doctorId,
      subject: "My scan",
      body: "Attached.",
      attachments: [
        { filename: "scan.pdf", base64: pdf },
        { filename: "photo.png", base64: png },
      ],
    });
    const view = await (await doctor.api()).messages.conversation({ id });
    expect(view.messages[0]?.attachments.map((a) => a.contentType)).toEqual([
      "application/pdf",
      "image/png",
    ]);

    const before = (await app.db.select().from(messages)).length;
    const disguised = await failureOf(
      (await patient.api()).messages.send({
        conversationId: id,
        body: "Here",
        attachments: [
          {
            filename: "report.pdf",
            base64: Buffer.from("MZ\x90\x00 not a pdf").toString("base64"),
          },
        ],
      }),
    );
    expect(disguised).toMatchObject({ code: "BAD_REQUEST", appCode: "ATTACHMENT_REFUSED" });
    expect(disguised.message).toContain("not a PDF, PNG, JPEG or WebP");
    const huge = await failureOf(
      (await patient.api()).messages.send({
        conversationId: id,
        body: "Big",
        attachments: [{ filename: "big.pdf", base64: "A".repeat(7_500_000) }],
      }),
    );
    expect(huge.code).toBe("BAD_REQUEST");
    expect((await app.db.select().from(messages)).length).toBe(before);

    // Downloads: participants only.
    const fileId = view.messages[0]!.attachments[0]!.id;
    const asDoctor = await resolveCaller(app.db, app.keyring, {
      sessionToken: doctor.sessionToken,
    });
    expect(
      (await attachmentForDownload(app.db, asDoctor, fileId))?.data.subarray(0, 5).toString(),
    ).toBe("%PDF-");
    const outsider = await signedInAs(app, "patient2@resq.test");
    expect(
      await attachmentForDownload(
        app.db,
        await resolveCaller(app.db, app.keyring, { sessionToken: outsider.sessionToken }),
        fileId,
      ),
    ).toBeNull();
    expect(await attachmentForDownload(app.db, null, fileId)).toBeNull();
    expect((await app.db.select().from(messageAttachments)).length).toBe(2);
  });

  it("searches only the caller's own conversations, and archives per side", async () => {
    const { id } = await (
      await patient.api()
    ).messages.start({
      counterpartId: doctorId,
      subject: "Travel",
      body: "I am flying to Lisbon next month.",
    });
    expect(
      (await (await patient.api()).messages.search({ q: "lisbon" })).map((r) => r.conversationId),
    ).toContain(id);
    expect(
      await (
        await (await signedInAs(app, "patient2@resq.test")).api()
      ).messages.search({ q: "lisbon" }),
    ).toEqual([]);
    await (await patient.api()).messages.archive({ conversationId: id, archived: true });
    expect((await (await patient.api()).messages.inbox({})).items.map((c) => c.id)).not.toContain(
      id,
    );
    expect(
      (await (await patient.api()).messages.inbox({ archived: true })).items.map((c) => c.id),
    ).toContain(id);
    expect((await (await doctor.api()).messages.inbox({})).items.map((c) => c.id)).toContain(id);
    // A reply brings it back for the patient.
    await (await doctor.api()).messages.send({ conversationId: id, body: "Safe travels." });
    expect((await (await patient.api()).messages.inbox({})).items.map((c) => c.id)).toContain(id);
  });

  it("emails one notice per burst, without the text, and none when it was read in the app", async () => {
    const reader = await signedInAs(app, "patient2@resq.test");
    const family = await idOf("amara.1@doctors.resq.test"); // patient2's seeded care relationship
    const familyDoctor = await signedInAs(app, "amara.1@doctors.resq.test");
    const { id } = await (
      await familyDoctor.api()
    ).messages.start({
      counterpartId: await idOf("patient2@resq.test"),
      subject: "Inhaler",
      body: "Please bring your inhaler.",
    });
    await (
      await familyDoctor.api()
    ).messages.send({ conversationId: id, body: "And your peak-flow diary." });
    await (await familyDoctor.api()).messages.send({ conversationId: id, body: "Thanks!" });
    expect(
      await sendMessageDigest(app.db, await idOf("patient2@resq.test"), "http://localhost"),
    ).toBe(true);
    expect(
      await sendMessageDigest(app.db, await idOf("patient2@resq.test"), "http://localhost"),
    ).toBe(false); // nothing new since
    const emails = await app.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "message-digest"));
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe("You have 3 new messages on RESQ");
    expect(emails[0]?.textBody).not.toContain("inhaler");

    await (await familyDoctor.api()).messages.send({ conversationId: id, body: "One more thing." });
    await (await reader.api()).messages.conversation({ id }); // read live in the app
    expect(
      await sendMessageDigest(app.db, await idOf("patient2@resq.test"), "http://localhost"),
    ).toBe(false);
    expect(family).toBeTruthy();
  });
});
