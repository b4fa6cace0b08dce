import { restCancel } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRestContext(request, async (ctx) => restCancel(request, ctx, (await params).id));
}
