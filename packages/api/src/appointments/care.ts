import { and, eq, inArray } from "drizzle-orm";

import type { Database } from "@resq/db/client";
import { appointments } from "@resq/db/schema";

/**
 * A care relationship: the doctor and patient have an appointment that was not cancelled (booked,
 * completed or missed). It opens the chart to the doctor and lets either side start a conversation.
 */
export async function hasCareRelationship(
  db: Database,
  doctorId: string,
  patientId: string,
): Promise<boolean> {
  const [care] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.doctorId, doctorId),
        eq(appointments.patientId, patientId),
        inArray(appointments.status, ["booked", "completed", "no_show"]),
      ),
    )
    .limit(1);
  return !!care;
}
