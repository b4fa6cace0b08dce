import { count, desc } from "drizzle-orm";
import { z } from "zod";

import { emailOutbox } from "@resq/db/schema";

import { readApiEnv } from "../../env";
import { adminProcedure } from "../../trpc";

/**
 * The outbox as a mailbox: every email RESQ queued, newest first. Without an email provider this is
 * where messages go (so the embedded demo works offline); with Resend, bodies are removed once sent.
 */
export const mailbox = adminProcedure
  .input(
    z.object({
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(100).default(25),
    }),
  )
  .query(async ({ ctx, input }) => {
    const [total] = await ctx.db.select({ n: count() }).from(emailOutbox);
    const items = await ctx.db
      .select({
        id: emailOutbox.id,
        to: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        text: emailOutbox.textBody,
        kind: emailOutbox.kind,
        status: emailOutbox.status,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize);
    return {
      items,
      page: input.page,
      pageSize: input.pageSize,
      total: total?.n ?? 0,
      provider: readApiEnv().RESEND_API_KEY ? "resend" : "outbox",
    };
  });
