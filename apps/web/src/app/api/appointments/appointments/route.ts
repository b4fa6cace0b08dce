import { restBook, restListAppointments } from "@resq/api/rest";

import { withRestContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return withRestContext(request, async (ctx) => restListAppointments(request, ctx));
}

export async function POST(request: Request) {
  return withRestContext(request, async (ctx) => restBook(request, ctx));
}
