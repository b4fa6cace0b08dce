import { restGetInvoice } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return restGetInvoice(request, await restContext(request), (await params).id);
}
