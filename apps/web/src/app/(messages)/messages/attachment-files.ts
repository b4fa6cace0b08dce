/** Limits the API enforces (by content); checked here first so the user hears at once. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 3;
export const ACCEPT = "application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp";

export interface EncodedFile {
  filename: string;
  base64: string;
}

/** A problem with the chosen files: which one (a message key) and about which file. */
export type FileProblem =
  | { kind: "tooMany"; max: number }
  | { kind: "empty"; name: string }
  | { kind: "tooLarge"; name: string };

/** The first problem with the chosen files, or null. The server checks the content again. */
export function fileProblem(files: File[]): FileProblem | null {
  if (files.length > MAX_FILES) return { kind: "tooMany", max: MAX_FILES };
  for (const file of files) {
    if (file.size === 0) return { kind: "empty", name: file.name };
    if (file.size > MAX_FILE_BYTES) return { kind: "tooLarge", name: file.name };
  }
  return null;
}

/** Reads files as base64 for the API. */
export async function encodeFiles(files: File[]): Promise<EncodedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { filename: file.name, base64: btoa(binary) };
    }),
  );
}
