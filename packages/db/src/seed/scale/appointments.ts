import { APPOINTMENT_STATUS, STATUS, type ScaleContext } from "./context";
import type { BulkWriter } from "./copy-writer";
import { createRandom } from "./prng";

const REASONS = [
  "Annual check-up",
  "Follow-up on test results",
  "Persistent cough",
  "Back pain",
  "Medication review",
  "Skin rash",
  "Headaches",
  null,
  null,
  null,
];

/** The planned appointments: past ones completed, cancelled or missed; future ones booked. */
export async function generateAppointments(ctx: ScaleContext, writer: BulkWriter) {
  const { plan } = ctx;
  const random = createRandom(ctx.seed, 6);
  const appointments = await writer.copy(
    "appointments",
    [
      "id",
      "doctor_id",
      "patient_id",
      "service_id",
      "starts_at",
      "ends_at",
      "status",
      "reason",
      "cancelled_at",
      "cancelled_by",
      "cancellation_reason",
      "completed_at",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let a = 0; a < plan.count; a++) {
        const doctor = plan.doctor[a] ?? 0;
        const patientId = ctx.id("patient", plan.patient[a] ?? 0);
        const startsAt = plan.startsAt[a] ?? 0;
        const endsAt = plan.endsAt[a] ?? 0;
        const status = plan.status[a] ?? STATUS.booked;
        // Booked one to thirty days ahead (never after "now" for what is still to come).
        const createdAt = new Date(Math.min(ctx.now, startsAt - random.int(1, 30) * 86_400_000));
        const cancelled = status === STATUS.cancelled;
        yield [
          ctx.id("appointment", a),
          ctx.id("doctor", doctor),
          patientId,
          ctx.id("service", doctor * 3 + (plan.service[a] ?? 0)),
          new Date(startsAt),
          new Date(endsAt),
          APPOINTMENT_STATUS[status],
          random.pick(REASONS),
          cancelled ? new Date(Math.min(ctx.now, startsAt - 86_400_000)) : null,
          cancelled ? patientId : null,
          cancelled ? "Cannot make it" : null,
          status === STATUS.completed ? new Date(endsAt) : null,
          createdAt,
          cancelled || status === STATUS.completed
            ? new Date(Math.min(ctx.now, endsAt))
            : createdAt,
        ];
      }
    })(),
  );
  return { appointments };
}
