import { restLogin } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return restLogin(request, await restContext(request));
}
