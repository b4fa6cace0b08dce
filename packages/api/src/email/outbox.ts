import { and, eq, inArray, lt, notInArray, sql } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { emailOutbox } from "@resq/db/schema";

import type { EmailAttachment, EmailMessage } from "./templates";

/**
 * Puts an email in the outbox. Call with the transaction of the act that causes it: if the act
 * rolls back, no email exists. Delivery happens in the background job (never in the request).
 */
export async function queueEmail(db: Database, message: EmailMessage): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      kind: message.kind,
      attachments: message.attachments ?? [],
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("email not queued");
  return row.id;
}

/** Something that hands an email to the world (Resend), or nothing (the outbox is the mailbox). */
export interface EmailTransport {
  name: "resend" | "outbox";
  send(message: {
    to: string;
    subject: string;
    text: string;
    attachments: EmailAttachment[];
  }): Promise<{ messageId: string | null }>;
}

/** The mailbox transport: nothing leaves the machine; admins read the outbox in the app. */
export const outboxTransport: EmailTransport = {
  name: "outbox",
  send: () => Promise.resolve({ messageId: null }),
};

export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Delivers queued emails (all, or the given ones). Each is claimed with SKIP LOCKED, so several
 * workers on several instances never send one twice; a failure is retried up to 5 times.
 */
export async function deliverQueuedEmails(
  db: Database,
  transport: EmailTransport,
  ids?: string[],
): Promise<{ sent: number; failed: number }> {
  const outcome = { sent: 0, failed: 0 };
  // Each email is tried at most once per run; a failed one waits for the next run.
  const tried: string[] = [];
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const [email] = await tx
        .select()
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.status, "queued"),
            lt(emailOutbox.attempts, MAX_DELIVERY_ATTEMPTS),
            ids ? inArray(emailOutbox.id, ids) : undefined,
            tried.length ? notInArray(emailOutbox.id, tried) : undefined,
          ),
        )
        .orderBy(emailOutbox.createdAt)
        .limit(1)
        .for("update", { skipLocked: true });
      if (!email) return null;
      tried.push(email.id);
      try {
        const { messageId } = await transport.send({
          to: email.toAddress,
          subject: email.subject,
          text: email.textBody,
          attachments: email.attachments as EmailAttachment[],
        });
        await tx
          .update(emailOutbox)
          .set({
            status: "sent",
            sentAt: new Date(),
            attempts: sql`${emailOutbox.attempts} + 1`,
            provider: transport.name,
            providerMessageId: messageId,
            // Once a real provider has it, the body (codes, links) need not stay in our database.
            ...(transport.name === "outbox" ? {} : { textBody: "[delivered; body removed]" }),
          })
          .where(eq(emailOutbox.id, email.id));
        return "sent" as const;
      } catch (error) {
        const attempts = email.attempts + 1;
        await tx
          .update(emailOutbox)
          .set({
            attempts,
            status: attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "queued",
            lastError: error instanceof Error ? error.name : "error",
          })
          .where(eq(emailOutbox.id, email.id));
        return "failed" as const;
      }
    });
    if (!claimed) return outcome;
    outcome[claimed]++;
  }
}
