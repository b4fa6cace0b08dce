import { restGetRecord } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRestContext(request, async (ctx) => restGetRecord(request, ctx, (await params).id));
}
