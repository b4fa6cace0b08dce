import type { Database } from "@resq/db/client";

import type { ErrorValue } from "../i18n/errors";
import { readSettings } from "../settings/read";
import { AppError } from "../trpc";
import {
  ATTACHMENT_MAX_BYTES,
  detectContentType,
  formatFileSize,
  type AttachmentInput,
  type AttachmentPolicy,
  type AttachmentType,
} from "./attachments";

// Server only: the checks throw the API's errors. attachments.ts holds what the web forms share.

const TYPE_LABELS: Record<AttachmentType, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
};

/** "PDF, PNG or JPEG" (in the reader's language). */
function typeList(types: readonly AttachmentType[]): ErrorValue {
  return { list: types.map((type) => TYPE_LABELS[type]), join: "or" };
}

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
