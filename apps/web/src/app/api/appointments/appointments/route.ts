import { restBook, restListAppointments } from "@resq/api/rest";

import { restContext } from "~/server/rest-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return restListAppointments(request, await restContext(request));
}

export async function POST(request: Request) {
  return restBook(request, await restContext(request));
}
