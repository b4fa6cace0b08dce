import { supportAttachmentForDownload } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { fileDownload } from "~/server/file-download";

export const dynamic = "force-dynamic";

/** A support attachment, for the ticket's requester and admins only (404 for anyone else). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return fileDownload(
    await supportAttachmentForDownload(
      await database(),
      await currentCaller(request.headers),
      (await params).id,
    ),
  );
}
