import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { emailOutbox, notifications, users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { sendAppointmentReminder } from "../appointments/reminders";
import { sendMessageDigest } from "../messaging/digest";
import { refreshAllNextAvailable } from "../providers/schedule";
import {
  latestEmailTo,
  seededTestApi,
  signedInAs,
  verificationCodeFor,
  type TestBrowser,
} from "../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const password = "Harbour lantern violet 77";

/** A Spanish date as Intl writes it: "martes, 1 de diciembre de 2026, 10:00". */
const spanishDate =
  /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}, \d{1,2}:\d{2}/;
const englishDate = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d/;

async function latestEmail(to: string, kind: string) {
  const [email] = await app.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, kind)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return email;
}

async function latestNote(userId: string, kind: string) {
  const [note] = await app.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    .orderBy(desc(notifications.createdAt))
    .limit(1);
  return note;
}

/** Signs up through the real procedures from a browser asking for a language, and verifies. */
async function signUpIn(locale: "en" | "es", email: string, name: string): Promise<TestBrowser> {
  const visitor = app.browser();
  visitor.locale = locale;
  await (await visitor.api()).auth.signUp({ role: "patient", name, email, password });
  const code = await verificationCodeFor(app.db, email);
  const browser = app.browser();
  await (await browser.api()).auth.verifyEmail({ email, code });
  return browser;
}

let doctorId: string;
let consultationId: string;

beforeAll(async () => {
  await refreshAllNextAvailable(app.db);
  doctorId = await idOf("doctor@resq.test");
  const profile = await (await app.browser().api()).directory.doctor({ id: doctorId });
  consultationId = profile.services.find((s) => s.durationMinutes === 30)!.id;
});

describe(`emails and notifications in the recipient's language on ${testDatabaseKind()}`, () => {
  it("signs a visitor up in the language they asked in, and writes their account emails in it", async () => {
    const lucia = await signUpIn("es", "lucia@example.org", "Lucía Gómez");
    const [saved] = await app.db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, "lucia@example.org"));
    expect(saved?.locale).toBe("es");
    const verification = await latestEmail("lucia@example.org", "verify-email");
    expect(verification?.subject).toMatch(/^Su código de verificación de RESQ: [A-Z0-9]{8}$/);
    expect(verification?.textBody).toContain("Hola, Lucía Gómez:");

    await (
      await lucia.api()
    ).account.changePassword({ currentPassword: password, newPassword: "Quiet meadow copper 88" });
    const changed = await latestEmail("lucia@example.org", "password-changed");
    expect(changed?.subject).toBe("Se cambió su contraseña de RESQ");
    expect(changed?.textBody).toContain("Se acaba de cambiar su contraseña");
    expect(changed?.textBody).not.toContain("Your password");
  });

  it("keeps the English emails exactly as they were for an English user", async () => {
    const ann = await signUpIn("en", "ann@example.org", "Ann Lee");
    expect((await latestEmail("ann@example.org", "verify-email"))?.textBody).toMatch(
      /^Hello Ann Lee,\n\nYour verification code is:\n\n {4}[A-Z0-9]{8}\n\nIt is valid for 10 minutes\./,
    );
    await (
      await ann.api()
    ).account.changePassword({ currentPassword: password, newPassword: "Quiet meadow copper 88" });
    const changed = await latestEmail("ann@example.org", "password-changed");
    expect(changed?.subject).toBe("Your RESQ password was changed");
    expect(changed?.textBody).toBe(
      "Hello Ann Lee,\n\nYour password was just changed and your other sessions were signed out.\nIf this was not you, reset your password at once and contact support.\n",
    );
  });

  it("answers a sign-up with a taken address in the owner's language, not the request's", async () => {
    await (
      await app.browser().api()
    ).auth.signUp({ role: "patient", name: "Someone", email: "lucia@example.org", password });
    const notice = await latestEmailTo(app.db, "lucia@example.org");
    expect(notice?.kind).toBe("sign-up-existing");
    expect(notice?.subject).toBe(
      "Alguien intentó crear una cuenta de RESQ con su correo electrónico",
    );
  });

  it("confirms and reminds a booking in the patient's language, and tells the doctor in theirs", async () => {
    const patient = await signedInAs(app, "patient@resq.test");
    const patientId = await idOf("patient@resq.test");
    await (await patient.api()).account.setLocale({ locale: "es" });
    const [slot] = (
      await (
        await app.browser().api()
      ).directory.slots({ doctorId, serviceId: consultationId, from: day(2), to: day(9) })
    ).slots;
    const booked = await (
      await patient.api()
    ).appointments.book({
      doctorId,
      serviceId: consultationId,
      startsAt: slot!.startsAt,
      reason: "Dolor en el pecho",
      clientRequestId: crypto.randomUUID(),
    });

    const email = await latestEmail("patient@resq.test", "appointment-booked");
    expect(email?.subject).toMatch(/^Cita reservada: .+ con Dr\. Maya Chen$/);
    expect(email?.textBody).toContain("Su cita está reservada.");
    expect(email?.textBody).toMatch(spanishDate);
    expect(email?.textBody).toContain("Gestione su cita:");
    expect(email?.textBody).not.toContain("Dolor en el pecho");
    const [ics] = email?.attachments as { content: string }[];
    expect(ics?.content).toContain("con Dr. Maya Chen");

    const patientNote = await latestNote(patientId, "appointment.booked");
    expect(patientNote?.title).toMatch(/^Cita reservada: .+ con Dr\. Maya Chen$/);
    expect(patientNote?.body).toMatch(spanishDate);
    const doctorNote = await latestNote(doctorId, "appointment.booked");
    expect(doctorNote?.title).toMatch(/^New booking: /);
    expect(doctorNote?.body).toMatch(englishDate);

    expect(
      await sendAppointmentReminder(
        app.db,
        { appointmentId: booked.id, hoursBefore: 24, startsAt: booked.startsAt.toISOString() },
        "http://localhost",
      ),
    ).toBe(true);
    const reminder = await latestEmail("patient@resq.test", "appointment-reminder");
    expect(reminder?.subject).toMatch(/^Recordatorio: .+ con Dr\. Maya Chen mañana$/);
    expect(reminder?.textBody).toContain("Le recordamos su cita.");
    expect((await latestNote(patientId, "appointment.reminder"))?.title).toMatch(/^Recordatorio:/);
  });

  it("writes a message notification and the new-message email in the recipient's language", async () => {
    const patientId = await idOf("patient@resq.test"); // Spanish since the booking test
    const doctor = await signedInAs(app, "doctor@resq.test");
    await (
      await doctor.api()
    ).messages.start({
      counterpartId: patientId,
      subject: "Resultados",
      body: "Sus resultados ya están.",
    });
    const note = await latestNote(patientId, "message.new");
    expect(note?.title).toBe("Nuevo mensaje de Dr. Maya Chen");
    expect(note?.body).toBe("Resultados");

    expect(await sendMessageDigest(app.db, patientId, "http://localhost")).toBe(true);
    const digest = await latestEmail("patient@resq.test", "message-digest");
    expect(digest?.subject).toBe("Tiene un mensaje nuevo en RESQ");
    expect(digest?.textBody).toContain("Tiene un mensaje nuevo de su equipo médico.");
    expect(digest?.textBody).toContain("http://localhost/messages");
    expect(digest?.textBody).not.toContain("resultados");
  });

  it("tells a Spanish requester in Spanish and an English admin in English about one ticket", async () => {
    const patient = await signedInAs(app, "patient@resq.test");
    const admin = await signedInAs(app, "admin@resq.test");
    const opened = await (
      await patient.api()
    ).support.open({
      category: "appointments",
      subject: "No puedo cambiar la cita",
      body: "El botón no hace nada.",
    });
    const adminMail = await latestEmail("admin@resq.test", "support-update");
    expect(adminMail?.subject).toBe(`RESQ support ${opened.reference}: new support request`);

    await (await admin.api()).support.reply({ ticketId: opened.id, body: "Ya está arreglado." });
    const reply = await latestEmail("patient@resq.test", "support-update");
    expect(reply?.subject).toBe(
      `Su solicitud de soporte de RESQ ${opened.reference}: el soporte respondió`,
    );
    expect(reply?.textBody).not.toContain("arreglado");
    const note = await latestNote(await idOf("patient@resq.test"), "support.reply");
    expect(note?.title).toBe(`El soporte respondió: ${opened.reference}`);
  });

  it("invites a user in the language the admin chose", async () => {
    const admin = await signedInAs(app, "admin@resq.test");
    await (
      await admin.api()
    ).admin.createUser({
      name: "Pedro Ruiz",
      email: "pedro@example.org",
      role: "doctor",
      locale: "es",
    });
    const invitation = await latestEmail("pedro@example.org", "invitation");
    expect(invitation?.subject).toMatch(/^Le invitamos a /);
    expect(invitation?.textBody).toContain("(médico)");
    const [saved] = await app.db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, "pedro@example.org"));
    expect(saved?.locale).toBe("es");
  });
});
