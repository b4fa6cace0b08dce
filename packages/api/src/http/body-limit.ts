import { AppError } from "../trpc";

/** REST bodies are small JSON documents (sign-in, booking, cancelling). */
export const REST_MAX_BODY_BYTES = 64 * 1024;
/**
 * tRPC bodies may carry message attachments: 3 files of at most 5 MB each, base64 (4/3 larger), plus
 * the message and JSON framing. Anything above is refused before it is parsed.
 */
export const TRPC_MAX_BODY_BYTES = 21 * 1024 * 1024;

export function payloadTooLarge(maxBytes: number): AppError {
  const limit =
    maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes / 1024} KB`;
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    "PAYLOAD_TOO_LARGE",
    "The request body is too large: at most {limit} is accepted.",
    { values: { limit } },
  );
}

/**
 * The request body, refusing (413) as soon as it passes `maxBytes`: a declared Content-Length over
 * the limit is refused without reading, and a chunked body is cut off while streaming, so a huge
 * upload never sits in memory whole.
 */
export async function readBodyLimited(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
