import { and, count, eq, gt, isNull, ne, or, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { conversations, messageDigests, messages, users } from "@resq/db/schema";

import { queueEmail } from "../email/outbox";
import { messageEmails } from "../email/templates";
import { asLocale } from "../i18n/recipient";
import { wantsNotification } from "../notifications/preferences";

/** How long after a message the email goes out: a burst of messages in this window gives one email. */
export const DIGEST_DELAY_SECONDS = 120;

/**
 * Emails a user, in their language, that they have new messages — never the text — if they have
 * unread messages that arrived since their last such email. Nothing is sent when they already read
 * them in the app (e.g. they were reading the conversation live). Returns whether an email was queued.
 */
export async function sendMessageDigest(
  db: Database,
  userId: string,
  appUrl: string,
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        email: users.email,
        name: users.name,
        role: users.role,
        status: users.status,
        locale: users.locale,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!user || user.status !== "active" || user.role === "admin") return false;
    if (!(await wantsNotification(tx, userId, "message.new", "email"))) return false;
    const [state] = await tx
      .select()
      .from(messageDigests)
      .where(eq(messageDigests.userId, userId))
      .for("update");
    const patient = user.role === "patient";
    const lastRead = patient ? conversations.patientLastReadAt : conversations.doctorLastReadAt;
    const [unread] = await tx
      .select({ n: count() })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(
        and(
          eq(patient ? conversations.patientId : conversations.doctorId, userId),
          ne(messages.senderId, userId),
          or(isNull(lastRead), gt(messages.createdAt, sql`${lastRead}`)),
          state ? gt(messages.createdAt, state.lastSentAt) : undefined,
        ),
      );
    const n = unread?.n ?? 0;
    if (n === 0) return false;
    await queueEmail(
      tx,
      messageEmails.digest(
        asLocale(user.locale),
        user.email,
        user.name,
        n,
        patient ? "careTeam" : "patients",
        `${appUrl}/messages`,
      ),
    );
    await tx
      .insert(messageDigests)
      .values({ userId, lastSentAt: now })
      .onConflictDoUpdate({ target: messageDigests.userId, set: { lastSentAt: now } });
    return true;
  });
}
