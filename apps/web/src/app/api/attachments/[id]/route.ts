import { attachmentForDownload } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { fileDownload } from "~/server/file-download";

export const dynamic = "force-dynamic";

/** A message attachment, for the conversation's participants only (404 for anyone else). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return fileDownload(
    await attachmentForDownload(
      await database(),
      await currentCaller(request.headers),
      (await params).id,
    ),
  );
}
