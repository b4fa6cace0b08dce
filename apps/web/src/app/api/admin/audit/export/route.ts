import { restAuditExport } from "@resq/api";

import { currentCaller } from "~/server/caller";
import { database } from "~/server/db";
import { requestMetaFrom } from "~/server/request-meta";

export const dynamic = "force-dynamic";

/**
 * The audit log's CSV export, for the admin's browser (the session cookie; a bearer token works
 * too). Only reads, so a cross-site GET cannot change anything; the export is audited.
 */
export async function GET(request: Request) {
  return restAuditExport(request, {
    db: await database(),
    caller: await currentCaller(request.headers),
    request: requestMetaFrom(request.headers),
  });
}
