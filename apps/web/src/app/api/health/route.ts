import { checkHealth } from "@resq/api";
import { getDatabase } from "@resq/db/client";

export const dynamic = "force-dynamic";

/** Liveness with a real database round trip: 200 {"status":"ok"}, or 503. */
export async function GET() {
  const { httpStatus, body } = await checkHealth(getDatabase);
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
