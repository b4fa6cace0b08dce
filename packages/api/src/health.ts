import { pingDatabase, type DatabaseHandle } from "@resq/db/client";

export type HealthReport = { status: "ok" } | { status: "unavailable"; reason: string };

/** `GET /api/health`: 200 {"status":"ok"} when the database answers, 503 otherwise (design.md). */
export async function checkHealth(
  openDatabase: () => Promise<DatabaseHandle>,
): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  try {
    const handle = await openDatabase();
    if (await pingDatabase(handle)) return { httpStatus: 200, body: { status: "ok" } };
    return { httpStatus: 503, body: { status: "unavailable", reason: "database not answering" } };
  } catch {
    return { httpStatus: 503, body: { status: "unavailable", reason: "database not reachable" } };
  }
}
