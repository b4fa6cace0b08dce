import { z } from "zod";

// Shared with the web forms (the support and message schemas run in the browser too): no server
// imports here. The checks that throw the API's errors are in attachment-check.ts.

/**
 * Files patients and doctors may attach: PDFs and common images, 3 a message. Which types and how
 * large come from the admin settings (`messaging.attachmentTypes`, `messaging.attachmentMaxBytes`);
 * this is only the hard ceiling no setting can exceed.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 3;

export type AttachmentType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

export interface AttachmentPolicy {
  allowedTypes: readonly AttachmentType[];
  maxBytes: number;
}

/** "5 MB", "500 KB": a size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/**
 * The real type of a file, from its first bytes (never from its name or the browser's claim), or
 * null for anything not allowed.
 */
export function detectContentType(data: Buffer): AttachmentType | null {
  if (data.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (
    data.subarray(0, 4).toString("latin1") === "RIFF" &&
    data.subarray(8, 12).toString("latin1") === "WEBP"
  )
    return "image/webp";
  return null;
}

export const attachmentInput = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(120, "Use a shorter file name.")
    .transform((name) => name.replace(/[^\p{L}\p{N}._ -]/gu, "_")),
  /** The file, base64-encoded. */
  base64: z
    .string()
    .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 8, "Files can be at most 10 MB."),
});

export type AttachmentInput = z.infer<typeof attachmentInput>;
