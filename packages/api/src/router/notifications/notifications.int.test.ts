import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { users } from "@resq/db/schema";
import { testDatabaseKind } from "@resq/db/testing";

import { notify } from "../../notify";
import { failureOf, seededTestApi, signedInAs } from "../../test-support";

const app = seededTestApi();
const idOf = async (email: string) =>
  (await app.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

describe(`notifications on ${testDatabaseKind()}`, () => {
  it("lists a user's own, counts unread, and marks one or all read", async () => {
    const patientId = await idOf("patient@resq.test");
    await notify(app.db, patientId, { kind: "appointment.booked", title: "Booked: Consultation" });
    await notify(app.db, patientId, { kind: "appointment.reminder", title: "Reminder" });
    await notify(app.db, await idOf("patient2@resq.test"), {
      kind: "appointment.booked",
      title: "Someone else's",
    });
    const patient = await (await signedInAs(app, "patient@resq.test")).api();
    const page = await patient.notifications.list({});
    expect(page.items.map((n) => n.title)).toEqual(["Reminder", "Booked: Consultation"]);
    expect(await patient.notifications.unreadCount()).toEqual({ unread: 2 });

    const other = await (await signedInAs(app, "patient2@resq.test")).api();
    expect(await other.notifications.markRead({ id: page.items[0]!.id })).toEqual({ marked: 0 });
    expect(await patient.notifications.markRead({ id: page.items[0]!.id })).toEqual({ marked: 1 });
    expect(await patient.notifications.unreadCount()).toEqual({ unread: 1 });
    expect(await patient.notifications.markRead({})).toEqual({ marked: 1 });
    expect((await patient.notifications.list({ unreadOnly: true })).total).toBe(0);
    expect((await failureOf((await app.browser().api()).notifications.list({}))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});
