import { restGetRecord } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return restGetRecord(request, await restContext(request), (await params).id);
}
