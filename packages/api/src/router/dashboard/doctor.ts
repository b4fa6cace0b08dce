import { and, asc, count, eq } from "drizzle-orm";

import { treatmentNotes, users } from "@resq/db/schema";

import { audit } from "../../audit";
import { roleProcedure } from "../../trpc";

const SHOWN = 5;

/**
 * The doctor's own draft treatment notes, oldest first (the longest unsigned come first), with the
 * patient's name. Which patients have notes is clinical data: the read is audited, without text.
 */
export const doctor = roleProcedure("doctor").query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const mine = and(
      eq(treatmentNotes.doctorId, ctx.caller.userId),
      eq(treatmentNotes.status, "draft"),
    );
    const drafts = await tx
      .select({
        id: treatmentNotes.id,
        patientId: treatmentNotes.patientId,
        patientName: users.name,
        createdAt: treatmentNotes.createdAt,
        updatedAt: treatmentNotes.updatedAt,
      })
      .from(treatmentNotes)
      .innerJoin(users, eq(users.id, treatmentNotes.patientId))
      .where(mine)
      .orderBy(asc(treatmentNotes.createdAt), asc(treatmentNotes.id))
      .limit(SHOWN);
    const [total] = await tx.select({ n: count() }).from(treatmentNotes).where(mine);
    await audit(ctx, tx, {
      action: "dashboard.doctor_read",
      subjectUserId: ctx.caller.userId,
      recordType: "note",
      details: { draftNotes: total?.n ?? 0 },
    });
    return { notesToSign: { items: drafts, total: total?.n ?? 0 } };
  }),
);
