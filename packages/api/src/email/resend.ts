import { Resend } from "resend";

import type { EmailTransport } from "./outbox";

/** Real email through Resend (RESEND_API_KEY). */
export function resendTransport(apiKey: string, from: string): EmailTransport {
  const client = new Resend(apiKey);
  return {
    name: "resend",
    async send(message) {
      const { data, error } = await client.emails.send({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments.map((file) => ({
          filename: file.filename,
          content: Buffer.from(file.content),
          contentType: file.contentType,
        })),
      });
      if (error) throw new Error(`Resend refused the email: ${error.name}`);
      return { messageId: data?.id ?? null };
    },
  };
}
