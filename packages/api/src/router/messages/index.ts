import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  ne,
  or,
  sql,
} from "drizzle-orm";
import { z } from "zod";

import {
  appointments,
  conversations,
  messageAttachments,
  messages,
  notifications,
  users,
} from "@resq/db/schema";

import { hasCareRelationship } from "../../appointments/care";
import { audit } from "../../audit";
import type { Caller, Context } from "../../context";
import { attachmentPolicy, checkAttachments } from "../../messaging/attachment-check";
import {
  ATTACHMENTS_PER_MESSAGE,
  attachmentInput,
  type AttachmentInput,
} from "../../messaging/attachments";
import { notificationText } from "../../notifications/texts";
import { notify } from "../../notify";
import { publishUserEvent } from "../../realtime/publish";
import { AppError, createRouter, roleProcedure } from "../../trpc";

const participants = roleProcedure("patient", "doctor");
const notFound = () => new AppError("NOT_FOUND", "NOT_FOUND", "That conversation does not exist.");
const bodySchema = z
  .string()
  .trim()
  .min(1, "Write a message.")
  .max(5000, "Use at most 5000 characters.");
const attachmentsSchema = z
  .array(attachmentInput)
  .max(ATTACHMENTS_PER_MESSAGE, `Attach at most ${ATTACHMENTS_PER_MESSAGE} files.`)
  .default([]);

type Ctx = Context & { caller: Caller };
const side = (ctx: Ctx) => (ctx.caller.role === "patient" ? "patient" : "doctor");

/** The caller's own conversation (either side), or null: others' answer 404. */
async function ownConversation(ctx: Ctx, id: string) {
  const [row] = await ctx.db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, id),
        or(
          eq(conversations.patientId, ctx.caller.userId),
          eq(conversations.doctorId, ctx.caller.userId),
        ),
      ),
    );
  return row ?? null;
}

async function storeMessage(
  ctx: Ctx,
  db: Context["db"],
  conversation: typeof conversations.$inferSelect,
  body: string,
  files: AttachmentInput[],
) {
  const checked = checkAttachments(files, await attachmentPolicy(db), "attachments");
  const now = new Date();
  const [message] = await db
    .insert(messages)
    .values({ conversationId: conversation.id, senderId: ctx.caller.userId, body, createdAt: now })
    .returning();
  if (!message) throw new Error("message not stored");
  for (const file of checked) {
    await db.insert(messageAttachments).values({
      messageId: message.id,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.data.length,
      data: file.data,
    });
  }
  // Sending reads everything before it, and un-archives the conversation for the recipient.
  await db
    .update(conversations)
    .set(
      side(ctx) === "patient"
        ? { lastMessageAt: now, patientLastReadAt: now, doctorArchivedAt: null }
        : { lastMessageAt: now, doctorLastReadAt: now, patientArchivedAt: null },
    )
    .where(eq(conversations.id, conversation.id));
  const recipient = side(ctx) === "patient" ? conversation.doctorId : conversation.patientId;
  // Live: the recipient's open pages and the sender's other devices show it at once.
  for (const userId of [recipient, ctx.caller.userId]) {
    await publishUserEvent(db, userId, "message.new", {
      conversationId: conversation.id,
      messageId: message.id,
    });
  }
  // The notification names the sender and the subject, never the message text.
  await notify(db, recipient, {
    kind: "message.new",
    text: (locale) => ({
      title: notificationText(locale)("message.title", { sender: ctx.caller.name }),
      body: conversation.subject,
    }),
    link: `/messages/${conversation.id}`,
  });
  await audit(ctx, db, {
    action: "message.sent",
    patientId: conversation.patientId,
    recordType: "message",
    recordId: message.id,
    details: { conversationId: conversation.id, attachments: checked.length },
  });
  return { message, recipient };
}

/** Starts a conversation with a patient or doctor in a care relationship with the caller (else 404). */
const start = participants
  .input(
    z.object({
      counterpartId: z.uuid(),
      subject: z.string().trim().min(1, "Give a subject.").max(120),
      body: bodySchema,
      appointmentId: z.uuid().optional(),
      attachments: attachmentsSchema,
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const patientId = ctx.caller.role === "patient" ? ctx.caller.userId : input.counterpartId;
    const doctorId = ctx.caller.role === "doctor" ? ctx.caller.userId : input.counterpartId;
    if (!(await hasCareRelationship(ctx.db, doctorId, patientId)))
      throw new AppError(
        "NOT_FOUND",
        "NOT_FOUND",
        "You can message only doctors and patients you have an appointment with.",
      );
    if (input.appointmentId) {
      const [appointment] = await ctx.db
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.id, input.appointmentId),
            eq(appointments.patientId, patientId),
            eq(appointments.doctorId, doctorId),
          ),
        );
      if (!appointment)
        throw new AppError("NOT_FOUND", "NOT_FOUND", "That appointment does not exist.");
    }
    const result = await ctx.db.transaction(async (tx) => {
      const [conversation] = await tx
        .insert(conversations)
        .values({
          patientId,
          doctorId,
          subject: input.subject,
          appointmentId: input.appointmentId ?? null,
        })
        .returning();
      if (!conversation) throw new Error("conversation not created");
      const { recipient } = await storeMessage(
        ctx,
        tx,
        conversation,
        input.body,
        input.attachments,
      );
      return { id: conversation.id, recipient };
    });
    await ctx.jobs.scheduleMessageDigest(result.recipient);
    return { id: result.id };
  });

/** Replies in a conversation of the caller's. */
const send = participants
  .input(z.object({ conversationId: z.uuid(), body: bodySchema, attachments: attachmentsSchema }))
  .mutation(async ({ ctx, input }) => {
    const conversation = await ownConversation(ctx, input.conversationId);
    if (!conversation) throw notFound();
    const { message, recipient } = await ctx.db.transaction((tx) =>
      storeMessage(ctx, tx, conversation, input.body, input.attachments),
    );
    await ctx.jobs.scheduleMessageDigest(recipient);
    return { id: message.id, createdAt: message.createdAt };
  });

/**
 * The caller's conversations. Doctors see those waiting for them first (unread, oldest waiting
 * first) with the patient's next appointment; patients see the most recent first.
 */
const inbox = participants
  .input(
    z
      .object({
        archived: z.boolean().default(false),
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(50).default(20),
      })
      .default({ archived: false, page: 1, pageSize: 20 }),
  )
  .query(async ({ ctx, input }) => {
    const mine = side(ctx) === "patient";
    const lastRead = mine ? conversations.patientLastReadAt : conversations.doctorLastReadAt;
    const counterpart = mine ? conversations.doctorId : conversations.patientId;
    const unread = sql<number>`(select count(*) from messages m where m.conversation_id = ${conversations.id} and m.sender_id <> ${ctx.caller.userId} and (${lastRead} is null or m.created_at > ${lastRead}))::int`;
    const oldestUnread = sql`(select min(m.created_at) from messages m where m.conversation_id = ${conversations.id} and m.sender_id <> ${ctx.caller.userId} and (${lastRead} is null or m.created_at > ${lastRead}))`;
    const where = and(
      eq(mine ? conversations.patientId : conversations.doctorId, ctx.caller.userId),
      input.archived
        ? isNotNull(mine ? conversations.patientArchivedAt : conversations.doctorArchivedAt)
        : isNull(mine ? conversations.patientArchivedAt : conversations.doctorArchivedAt),
    );
    const nextAppointment = sql<Date | null>`(select min(a.starts_at) from appointments a where a.patient_id = ${conversations.patientId} and a.doctor_id = ${conversations.doctorId} and a.status = 'booked' and a.starts_at > now())`;
    const rows = await ctx.db
      .select({
        conversation: conversations,
        counterpartName: users.name,
        unread,
        nextAppointmentAt: nextAppointment,
      })
      .from(conversations)
      .innerJoin(users, eq(users.id, counterpart))
      .where(where)
      .orderBy(
        ...(mine
          ? [desc(conversations.lastMessageAt)]
          : [
              sql`${unread} > 0 desc`,
              sql`${oldestUnread} asc nulls last`,
              desc(conversations.lastMessageAt),
            ]),
      )
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    const [total] = await ctx.db.select({ n: count() }).from(conversations).where(where);
    return {
      items: rows.map((row) => ({
        id: row.conversation.id,
        subject: row.conversation.subject,
        counterpartName: row.counterpartName,
        lastMessageAt: row.conversation.lastMessageAt,
        unread: Number(row.unread),
        nextAppointmentAt: row.nextAppointmentAt ? new Date(row.nextAppointmentAt) : null,
      })),
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
    };
  });

/** Unread messages across the caller's conversations (the badge). */
const unreadTotal = participants.query(async ({ ctx }) => {
  const mine = side(ctx) === "patient";
  const lastRead = mine ? conversations.patientLastReadAt : conversations.doctorLastReadAt;
  const [row] = await ctx.db
    .select({ n: count() })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        eq(mine ? conversations.patientId : conversations.doctorId, ctx.caller.userId),
        ne(messages.senderId, ctx.caller.userId),
        or(isNull(lastRead), gt(messages.createdAt, sql`${lastRead}`)),
      ),
    );
  return { unread: row?.n ?? 0 };
});

/** A conversation with its messages (oldest first) and read receipts; opening it marks it read. Audited. */
const conversation = participants
  .input(z.object({ id: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const own = await ownConversation(ctx, input.id);
    if (!own) throw notFound();
    const mine = side(ctx) === "patient";
    const otherLastRead = mine ? own.doctorLastReadAt : own.patientLastReadAt;
    return ctx.db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(messages)
        .where(eq(messages.conversationId, own.id))
        .orderBy(asc(messages.createdAt));
      const files = rows.length
        ? await tx
            .select({
              id: messageAttachments.id,
              messageId: messageAttachments.messageId,
              filename: messageAttachments.filename,
              contentType: messageAttachments.contentType,
              sizeBytes: messageAttachments.sizeBytes,
            })
            .from(messageAttachments)
            .where(
              inArray(
                messageAttachments.messageId,
                rows.map((m) => m.id),
              ),
            )
        : [];
      const names = new Map(
        (
          await tx
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, [own.patientId, own.doctorId]))
        ).map((u) => [u.id, u.name]),
      );
      await tx
        .update(conversations)
        .set(mine ? { patientLastReadAt: new Date() } : { doctorLastReadAt: new Date() })
        .where(eq(conversations.id, own.id));
      // A read receipt for the other side, live — only when something new was read, so two open
      // pages refreshing on each other's receipts cannot ping-pong forever.
      const myLastRead = mine ? own.patientLastReadAt : own.doctorLastReadAt;
      const readSomethingNew = rows.some(
        (m) => m.senderId !== ctx.caller.userId && (!myLastRead || m.createdAt > myLastRead),
      );
      if (readSomethingNew)
        await publishUserEvent(tx, mine ? own.doctorId : own.patientId, "message.read", {
          conversationId: own.id,
        });
      // Its "new message" notifications are read now too (the bell follows).
      await tx
        .update(notifications)
        .set({ readAt: new Date() })
        .where(
          and(
            eq(notifications.userId, ctx.caller.userId),
            eq(notifications.link, `/messages/${own.id}`),
            isNull(notifications.readAt),
          ),
        );
      await audit(ctx, tx, {
        action: "message.read",
        patientId: own.patientId,
        recordType: "conversation",
        recordId: own.id,
      });
      return {
        id: own.id,
        subject: own.subject,
        patientId: own.patientId,
        doctorId: own.doctorId,
        patientName: names.get(own.patientId) ?? "",
        doctorName: names.get(own.doctorId) ?? "",
        archived: (mine ? own.patientArchivedAt : own.doctorArchivedAt) !== null,
        messages: rows.map((message) => ({
          id: message.id,
          senderId: message.senderId,
          senderName: names.get(message.senderId) ?? "",
          mine: message.senderId === ctx.caller.userId,
          body: message.body,
          createdAt: message.createdAt,
          /** For one's own messages: whether the other side has read it (a read receipt). */
          readByRecipient:
            message.senderId === ctx.caller.userId
              ? otherLastRead !== null && otherLastRead >= message.createdAt
              : null,
          attachments: files
            .filter((f) => f.messageId === message.id)
            .map(({ messageId: _m, ...file }) => file),
        })),
      };
    });
  });

/** Archives or restores a conversation for the caller only. */
const archive = participants
  .input(z.object({ conversationId: z.uuid(), archived: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const own = await ownConversation(ctx, input.conversationId);
    if (!own) throw notFound();
    const value = input.archived ? new Date() : null;
    await ctx.db
      .update(conversations)
      .set(side(ctx) === "patient" ? { patientArchivedAt: value } : { doctorArchivedAt: value })
      .where(eq(conversations.id, own.id));
    return { ok: true as const };
  });

/** Searches the caller's own conversations (subject and message text). Audited. */
const search = participants
  .input(z.object({ q: z.string().trim().min(2, "Type at least 2 characters.").max(100) }))
  .query(async ({ ctx, input }) => {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await ctx.db
      .select({
        messageId: messages.id,
        conversationId: conversations.id,
        subject: conversations.subject,
        body: messages.body,
        createdAt: messages.createdAt,
      })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(
        and(
          or(
            eq(conversations.patientId, ctx.caller.userId),
            eq(conversations.doctorId, ctx.caller.userId),
          ),
          or(ilike(messages.body, pattern), ilike(conversations.subject, pattern)),
        ),
      )
      .orderBy(desc(messages.createdAt))
      .limit(50);
    await audit(ctx, ctx.db, {
      action: "message.searched",
      recordType: "conversation",
      details: { results: rows.length },
    });
    return rows;
  });

/** Who the caller may start a conversation with: their care relationships. */
const contacts = participants.query(async ({ ctx }) => {
  const mine = side(ctx) === "patient";
  const counterpart = mine ? appointments.doctorId : appointments.patientId;
  const rows = await ctx.db
    .selectDistinct({ id: users.id, name: users.name })
    .from(appointments)
    .innerJoin(users, eq(users.id, counterpart))
    .where(
      and(
        eq(mine ? appointments.patientId : appointments.doctorId, ctx.caller.userId),
        inArray(appointments.status, ["booked", "completed", "no_show"]),
      ),
    )
    .orderBy(asc(users.name));
  return rows;
});

export const messagesRouter = createRouter({
  inbox,
  unreadTotal,
  conversation,
  start,
  send,
  archive,
  search,
  contacts,
});
