/**
 * Input schemas of support tickets, shared by the API and the web forms (zod only: importable in
 * the browser).
 */
import { z } from "zod";

import { attachmentInput } from "../../messaging/attachments";

export const SUPPORT_CATEGORIES = [
  { value: "account", label: "My account and sign-in" },
  { value: "appointments", label: "Appointments" },
  { value: "records", label: "Health record" },
  { value: "messages", label: "Messages" },
  { value: "billing", label: "Billing and payments" },
  { value: "technical", label: "Something does not work" },
  { value: "other", label: "Something else" },
] as const;

export const SUPPORT_STATUSES = [
  { value: "open", label: "Waiting for support" },
  { value: "answered", label: "Answered" },
  { value: "closed", label: "Closed" },
] as const;

export const supportCategorySchema = z.enum(
  SUPPORT_CATEGORIES.map((c) => c.value) as [
    (typeof SUPPORT_CATEGORIES)[number]["value"],
    ...(typeof SUPPORT_CATEGORIES)[number]["value"][],
  ],
  "Choose what your request is about.",
);

export const supportStatusSchema = z.enum(["open", "answered", "closed"]);

export const supportBodySchema = z
  .string()
  .trim()
  .min(1, "Write your message.")
  .max(5000, "Use at most 5000 characters.");

export const openTicketInput = z.object({
  category: supportCategorySchema,
  subject: z
    .string()
    .trim()
    .min(3, "Give a short subject.")
    .max(120, "Use at most 120 characters."),
  body: supportBodySchema,
  attachment: attachmentInput.optional(),
});

export const replyInput = z.object({
  ticketId: z.uuid("Unknown ticket."),
  body: supportBodySchema,
  attachment: attachmentInput.optional(),
});

export const pageInput = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
};
