import { restSearchDoctors } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withRestContext(request, async (ctx) => restSearchDoctors(request, ctx));
}
