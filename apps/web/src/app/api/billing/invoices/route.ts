import { restListInvoices } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return restListInvoices(request, await restContext(request));
}
