import { supportAttachmentForDownload } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";

export const dynamic = "force-dynamic";

/** A support attachment, for the ticket's requester and admins only (404 for anyone else). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const file = await supportAttachmentForDownload(
    await database(),
    await currentCaller(request.headers),
    (await params).id,
  );
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
