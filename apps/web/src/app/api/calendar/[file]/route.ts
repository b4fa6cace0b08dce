import { calendarFeedFor, readApiEnv } from "@resq/api";

import { database } from "~/server/db";

export const dynamic = "force-dynamic";

/** A private iCalendar subscription (/api/calendar/<token>.ics): calendar apps poll it. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const token = (await params).file.replace(/\.ics$/, "");
  const body = await calendarFeedFor(await database(), token, readApiEnv().APP_URL);
  if (!body)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="resq.ics"',
      "Cache-Control": "no-store",
    },
  });
}
