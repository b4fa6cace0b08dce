import { restRefresh } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return withRestContext(request, async (ctx) => restRefresh(request, ctx));
}
