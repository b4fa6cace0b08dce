import { z } from "zod";

import type { Database } from "@resq/db/client";

import type { ErrorValue } from "../i18n/errors";
import { readSettings } from "../settings/read";
import { AppError } from "../trpc";

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

const TYPE_LABELS: Record<AttachmentType, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
};

/** "5 MB", "500 KB": a size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** "PDF, PNG or JPEG" (in the reader's language). */
function typeList(types: readonly AttachmentType[]): ErrorValue {
  return { list: types.map((type) => TYPE_LABELS[type]), join: "or" };
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

/**
 * Decodes and checks attachments. A refused file answers 400 ATTACHMENT_REFUSED with a clear
 * reason, also as the message of `field` (nothing is stored then).
 */
export function checkAttachments(
  files: AttachmentInput[],
  policy: AttachmentPolicy,
  field: string,
): { filename: string; contentType: string; data: Buffer }[] {
  const checked = [];
  for (const file of files) {
    const { filename } = file;
    const data = Buffer.from(file.base64, "base64");
    if (data.length === 0)
      throw new AppError("BAD_REQUEST", "ATTACHMENT_REFUSED", "{filename} is empty.", {
        values: { filename },
        fields: { [field]: "{filename} is empty." },
      });
    if (data.length > Math.min(policy.maxBytes, ATTACHMENT_MAX_BYTES))
      throw new AppError("BAD_REQUEST", "ATTACHMENT_REFUSED", "{filename} is larger than {size}.", {
        values: { filename, size: formatFileSize(policy.maxBytes) },
        fields: { [field]: "{filename} is larger than {size}." },
      });
    const contentType = detectContentType(data);
    if (!contentType || !policy.allowedTypes.includes(contentType))
      throw new AppError("BAD_REQUEST", "ATTACHMENT_REFUSED", "{filename} is not a {types} file.", {
        values: { filename, types: typeList(policy.allowedTypes) },
        fields: { [field]: "{filename} is not a {types} file." },
      });
    checked.push({ filename, contentType, data });
  }
  return checked;
}

/** The attachment rules in force: the admins' settings (types and size), read on each use. */
export async function attachmentPolicy(db: Database): Promise<AttachmentPolicy> {
  const settings = await readSettings(db);
  return {
    allowedTypes: settings["messaging.attachmentTypes"],
    maxBytes: settings["messaging.attachmentMaxBytes"],
  };
}
