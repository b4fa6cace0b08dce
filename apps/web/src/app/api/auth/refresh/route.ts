import { restRefresh } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return restRefresh(request, await restContext(request));
}
