import type { useTranslations } from "next-intl";
import { z } from "zod";

import { SUPPORT_CATEGORIES } from "@resq/api/support-schemas";

/** The translator of the support forms' messages. */
export type SupportFormT = ReturnType<typeof useTranslations<"support.form">>;

/*
 * The checks of the server's schemas (@resq/api/support-schemas), with their messages in the
 * reader's language. The server checks again and its own messages stay as they are.
 */

/** A message's text: not blank, at most 5000 characters. */
export function bodySchemaFor(t: SupportFormT) {
  return z
    .string()
    .trim()
    .min(1, t("errors.body"))
    .max(5000, t("errors.tooLong", { max: "5000" }));
}

/** A new request without its file (the file input is handled apart), with "choose one" first. */
export function newTicketSchemaFor(t: SupportFormT) {
  return z.object({
    category: z
      .string()
      .refine((value) => SUPPORT_CATEGORIES.some((category) => category.value === value), {
        message: t("errors.category"),
      }),
    subject: z
      .string()
      .trim()
      .min(3, t("errors.subject"))
      .max(120, t("errors.tooLong", { max: "120" })),
    body: bodySchemaFor(t),
  });
}
