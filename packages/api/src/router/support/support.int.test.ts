import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  auditEvents,
  emailOutbox,
  notifications,
  supportAttachments,
  supportMessages,
  supportTickets,
  users,
} from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { supportAttachmentForDownload } from "../../support/download";
import { resolveCaller } from "../../auth/caller";
import { failureOf, seededTestApi, signedInAs, type TestBrowser } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").toString(
  "base64",
);
const ticketCount = async () => (await app.db.select({ n: count() }).from(supportTickets))[0]!.n;
const messageCount = async () => (await app.db.select({ n: count() }).from(supportMessages))[0]!.n;
const outboxTo = (to: string) =>
  app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
const notesOf = (userId: string) =>
  app.db.select().from(notifications).where(eq(notifications.userId, userId));

let patient: TestBrowser;
let patient2: TestBrowser;
let doctor: TestBrowser;
let admin: TestBrowser;
let patientId: string;
let adminId: string;

beforeAll(async () => {
  patient = await signedInAs(app, "patient@resq.test");
  patient2 = await signedInAs(app, "patient2@resq.test");
  doctor = await signedInAs(app, "doctor@resq.test");
  admin = await signedInAs(app, "admin@resq.test");
  patientId = await idOf("patient@resq.test");
  adminId = await idOf("admin@resq.test");
});

describe(`support tickets on ${testDatabaseKind()}`, () => {
  it("lets a patient open a ticket with a file, and an admin assign, answer and close it", async () => {
    const opened = await (
      await patient.api()
    ).support.open({
      category: "appointments",
      subject: "Cannot reschedule",
      body: "The reschedule button does nothing for my visit.",
      attachment: { filename: "screen.pdf", base64: pdf },
    });
    expect(opened.reference).toMatch(/^RQ-[0-9A-F]{8}$/);

    // Support is told (bell + email without the text).
    expect((await notesOf(adminId)).map((n) => n.kind)).toContain("support.opened");
    const adminMail = (await outboxTo("admin@resq.test")).find((e) => e.kind === "support-update");
    expect(adminMail?.textBody).not.toContain("reschedule button");
    expect(adminMail?.subject).not.toContain("Cannot reschedule");

    const mine = await (await patient.api()).support.mine({});
    expect(mine.items[0]).toMatchObject({
      id: opened.id,
      status: "open",
      category: "appointments",
    });

    // The admin queue lists it unassigned, oldest first.
    const queue = await (await admin.api()).support.queue({ assignee: "unassigned" });
    expect(queue.items.map((t) => t.id)).toContain(opened.id);
    expect(queue.items.find((t) => t.id === opened.id)?.requesterName).toBe("Alex Rivera");

    await (await admin.api()).support.assign({ ticketId: opened.id, assigneeId: adminId });
    const seenBySupport = await (await admin.api()).support.get({ id: opened.id });
    expect(seenBySupport).toMatchObject({
      assigneeName: "Ada Admin",
      requester: { email: "patient@resq.test", role: "patient" },
    });
    expect(
      (await (await admin.api()).support.queue({ assignee: "me" })).items.map((t) => t.id),
    ).toContain(opened.id);
    expect(
      (await (await admin.api()).support.queue({ assignee: "unassigned" })).items.map((t) => t.id),
    ).not.toContain(opened.id);

    const answer = await (
      await admin.api()
    ).support.reply({ ticketId: opened.id, body: "Fixed: please try again now." });
    expect(answer.status).toBe("answered");
    const [stored] = await app.db
      .select()
      .from(supportTickets)
      .where(eq(supportTickets.id, opened.id));
    expect(stored?.firstAnsweredAt).toBeInstanceOf(Date);

    // The patient is told, in the app and by email without the text, and reads the answer.
    const note = (await notesOf(patientId)).find((n) => n.kind === "support.reply");
    expect(note?.link).toBe(`/patient/support/${opened.id}`);
    const mail = (await outboxTo("patient@resq.test")).filter((e) => e.kind === "support-update");
    expect(mail.length).toBeGreaterThan(0);
    expect(mail.map((e) => e.textBody).join()).not.toContain("Fixed");
    const ticket = await (await patient.api()).support.get({ id: opened.id });
    expect(ticket.messages.map((m) => [m.fromSupport, m.body])).toEqual([
      [false, "The reschedule button does nothing for my visit."],
      [true, "Fixed: please try again now."],
    ]);
    expect(ticket.requester.email).toBeNull(); // only admins see it
    const file = ticket.messages[0]!.attachments[0]!;
    expect(file).toMatchObject({ filename: "screen.pdf", contentType: "application/pdf" });

    // The attachment: the requester and admins, nobody else.
    const callerOf = (b: TestBrowser) =>
      resolveCaller(app.db, app.keyring, { sessionToken: b.sessionToken });
    expect(
      (await supportAttachmentForDownload(app.db, await callerOf(patient), file.id))?.contentType,
    ).toBe("application/pdf");
    expect(
      await supportAttachmentForDownload(app.db, await callerOf(admin), file.id),
    ).not.toBeNull();
    expect(
      await supportAttachmentForDownload(app.db, await callerOf(patient2), file.id),
    ).toBeNull();
    expect(await supportAttachmentForDownload(app.db, null, file.id)).toBeNull();

    // The patient replies: it waits for support again; the assignee is told.
    expect(
      (await (await patient.api()).support.reply({ ticketId: opened.id, body: "Works, thanks!" }))
        .status,
    ).toBe("open");
    expect((await notesOf(adminId)).map((n) => n.kind)).toContain("support.reply");

    // Close, then reopen; the patient is told each time.
    expect(
      await (await admin.api()).support.setStatus({ ticketId: opened.id, status: "closed" }),
    ).toEqual({ status: "closed" });
    // Closing again changes nothing (a double click).
    expect(
      await (await admin.api()).support.setStatus({ ticketId: opened.id, status: "closed" }),
    ).toEqual({ status: "closed" });
    expect(
      (await (await admin.api()).support.queue({ status: "closed" })).items.map((t) => t.id),
    ).toContain(opened.id);
    expect(
      (await (await admin.api()).support.setStatus({ ticketId: opened.id, status: "open" })).status,
    ).toBe("open");
    expect(
      (await notesOf(patientId)).filter((n) => n.kind === "support.status").map((n) => n.title),
    ).toEqual(
      expect.arrayContaining([
        `Support closed the request: ${opened.reference}`,
        `Support reopened the request: ${opened.reference}`,
      ]),
    );

    // Every step is in the audit trail, none with the message text.
    const trail = await app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, opened.id));
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "support.ticket_opened",
        "support.assigned",
        "support.replied",
        "support.ticket_read",
        "support.closed",
        "support.reopened",
      ]),
    );
    expect(JSON.stringify(trail)).not.toContain("reschedule button");
  });

  it("keeps the first answer's time when support answers again", async () => {
    const { id } = await (
      await doctor.api()
    ).support.open({ category: "technical", subject: "Calendar", body: "Feed is empty." });
    await (await admin.api()).support.reply({ ticketId: id, body: "Looking into it." });
    const [first] = await app.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    await (await admin.api()).support.reply({ ticketId: id, body: "Fixed." });
    const [second] = await app.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(second?.firstAnsweredAt?.getTime()).toBe(first?.firstAnsweredAt?.getTime());
    // Answering assigned it to the admin who answered.
    expect(second?.assigneeId).toBe(adminId);
    // Doctors see their own tickets.
    expect((await (await doctor.api()).support.mine({})).items.map((t) => t.id)).toEqual([id]);
  });

  it("answers 404 for someone else's ticket", async () => {
    const { id } = await (
      await patient.api()
    ).support.open({ category: "other", subject: "Private", body: "Mine only." });
    for (const other of [patient2, doctor]) {
      const api = await other.api();
      expect((await failureOf(api.support.get({ id }))).code).toBe("NOT_FOUND");
      expect((await failureOf(api.support.reply({ ticketId: id, body: "Hi" }))).code).toBe(
        "NOT_FOUND",
      );
    }
    expect((await (await patient2.api()).support.mine({})).items.map((t) => t.id)).not.toContain(
      id,
    );
    const api = await admin.api();
    const missing = crypto.randomUUID();
    expect((await failureOf(api.support.get({ id: missing }))).code).toBe("NOT_FOUND");
    expect(
      (await failureOf(api.support.assign({ ticketId: missing, assigneeId: null }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failureOf(api.support.setStatus({ ticketId: missing, status: "closed" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses the admin side to patients and doctors (403), everything to anonymous (401), opening to admins", async () => {
    const { id } = await (
      await patient.api()
    ).support.open({ category: "other", subject: "Roles", body: "Check." });
    for (const browser of [patient, doctor]) {
      const api = await browser.api();
      for (const call of [
        api.support.queue({}),
        api.support.assignees(),
        api.support.assign({ ticketId: id, assigneeId: adminId }),
        api.support.setStatus({ ticketId: id, status: "closed" }),
      ])
        expect((await failureOf(call)).code).toBe("FORBIDDEN");
    }
    const adminApi = await admin.api();
    expect(
      (await failureOf(adminApi.support.open({ category: "other", subject: "Me", body: "x" })))
        .code,
    ).toBe("FORBIDDEN");
    expect((await failureOf(adminApi.support.mine({}))).code).toBe("FORBIDDEN");
    const anonymous = await app.browser().api();
    for (const call of [
      anonymous.support.open({ category: "other", subject: "Anon", body: "x" }),
      anonymous.support.mine({}),
      anonymous.support.get({ id }),
      anonymous.support.reply({ ticketId: id, body: "x" }),
      anonymous.support.queue({}),
    ])
      expect((await failureOf(call)).code).toBe("UNAUTHORIZED");
  });

  it("refuses bad input with 400 naming the field, writing nothing", async () => {
    const tickets = await ticketCount();
    const written = await messageCount();
    const files = (await app.db.select({ n: count() }).from(supportAttachments))[0]!.n;
    const api = await patient.api();
    expect(
      await failureOf(api.support.open({ category: "other", subject: " ", body: "Hello" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { subject: "Give a short subject." } });
    expect(
      (
        await failureOf(
          api.support.open({ category: "nonsense" as "other", subject: "Hello", body: "Hello" }),
        )
      ).fields,
    ).toHaveProperty("category");
    expect(
      (await failureOf(api.support.open({ category: "other", subject: "Hello", body: "" }))).fields,
    ).toHaveProperty("body");
    // A file that is not what it claims: refused by its content.
    expect(
      await failureOf(
        api.support.open({
          category: "other",
          subject: "Hello",
          body: "See file",
          attachment: {
            filename: "virus.pdf",
            base64: Buffer.from("MZ this is an exe").toString("base64"),
          },
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "ATTACHMENT_REFUSED",
      fields: { attachment: "virus.pdf is not a PDF, PNG, JPEG or WebP file." },
    });
    const { id } = (await api.support.mine({})).items[0]!;
    const afterOpen = await messageCount();
    expect(
      (await failureOf(api.support.reply({ ticketId: id, body: "  " }))).fields,
    ).toHaveProperty("body");
    expect(
      (await failureOf((await admin.api()).support.assign({ ticketId: id, assigneeId: patientId })))
        .fields,
    ).toEqual({ assigneeId: "Choose an active admin." });
    expect((await failureOf((await admin.api()).support.queue({ assignee: "someone" }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await ticketCount()).toBe(tickets);
    expect(await messageCount()).toBe(written);
    expect(afterOpen).toBe(written);
    expect((await app.db.select({ n: count() }).from(supportAttachments))[0]!.n).toBe(files);
    const [ticket] = await app.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    expect(ticket?.assigneeId).not.toBe(patientId);
  });

  it("records one first answer when two admins answer at once", async () => {
    const { id } = await (
      await patient2.api()
    ).support.open({ category: "billing", subject: "Race", body: "Two answers?" });
    const admin2 = await signedInAs(app, "admin@resq.test");
    const results = await Promise.all([
      (await admin.api()).support.reply({ ticketId: id, body: "One" }),
      (await admin2.api()).support.reply({ ticketId: id, body: "Two" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["answered", "answered"]);
    const [ticket] = await app.db.select().from(supportTickets).where(eq(supportTickets.id, id));
    const replies = await app.db
      .select()
      .from(supportMessages)
      .where(eq(supportMessages.ticketId, id));
    const firstReply = Math.min(
      ...replies.filter((m) => m.authorRole === "admin").map((m) => m.createdAt.getTime()),
    );
    expect(ticket?.firstAnsweredAt?.getTime()).toBe(firstReply);
  });
});
