/**
 * A stored file as a download (never shown inline, never sniffed, never cached), or 404 when the
 * caller may not have it.
 */
export function fileDownload(
  file: { data: Buffer; contentType: string; filename: string; sizeBytes: number } | null,
): Response {
  if (!file)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${encodeURIComponent(file.filename)}"`,
      "Content-Length": String(file.sizeBytes),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
