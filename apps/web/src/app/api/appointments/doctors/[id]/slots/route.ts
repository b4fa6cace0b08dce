import { restDoctorSlots } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRestContext(request, async (ctx) => restDoctorSlots(request, ctx, (await params).id));
}
