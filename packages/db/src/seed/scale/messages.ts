import type { ScaleContext } from "./context";
import type { BulkWriter } from "./copy-writer";
import { createRandom } from "./prng";

const PATIENT_LINES = [
  "Thank you for seeing me last week. Should I keep taking the same dose?",
  "I have a question about my test results.",
  "The rash is getting better since I started the cream.",
  "Could you send a refill for my prescription?",
  "I still get headaches in the afternoon, is that expected?",
  "Is it fine to exercise again now?",
];
const DOCTOR_LINES = [
  "Yes, please continue the same dose and we will review at your next visit.",
  "Your results are within the normal range. No change needed.",
  "Good to hear. Keep applying it twice a day for another week.",
  "I have sent the refill to your pharmacy.",
  "Please keep a diary of when they happen and book a follow-up if they continue.",
  "Light exercise is fine; build up slowly over two weeks.",
];
const MESSAGES_PER_CONVERSATION = 5;
const HOUR = 3_600_000;

/** Conversations after completed visits (patient and doctor alternate), with their messages. */
export async function generateMessages(ctx: ScaleContext, writer: BulkWriter) {
  const { plan, size } = ctx;
  const completed = plan.completed;
  if (completed.length === 0 || size.messages === 0) return {} as Record<string, number>;
  const random = createRandom(ctx.seed, 8);
  const conversationCount = Math.ceil(size.messages / MESSAGES_PER_CONVERSATION);
  // Plan each conversation: its visit and the times of its messages.
  const visit = new Int32Array(conversationCount);
  const firstAt = new Float64Array(conversationCount);
  const gapHours = new Uint8Array(conversationCount);
  for (let c = 0; c < conversationCount; c++) {
    const a = completed[random.int(0, completed.length - 1)] ?? 0;
    visit[c] = a;
    firstAt[c] = (plan.endsAt[a] ?? 0) + random.int(2, 72) * HOUR;
    gapHours[c] = random.int(1, 20);
  }
  const countIn = (c: number) =>
    c === conversationCount - 1
      ? size.messages - MESSAGES_PER_CONVERSATION * (conversationCount - 1)
      : MESSAGES_PER_CONVERSATION;
  const lastAt = (c: number) =>
    new Date(Math.min(ctx.now, (firstAt[c] ?? 0) + (countIn(c) - 1) * (gapHours[c] ?? 1) * HOUR));

  const conversations = await writer.copy(
    "conversations",
    [
      "id",
      "patient_id",
      "doctor_id",
      "subject",
      "appointment_id",
      "created_at",
      "last_message_at",
      "patient_last_read_at",
      "doctor_last_read_at",
    ],
    (function* () {
      for (let c = 0; c < conversationCount; c++) {
        const a = visit[c] ?? 0;
        const last = lastAt(c);
        yield [
          ctx.id("conversation", c),
          ctx.id("patient", plan.patient[a] ?? 0),
          ctx.id("doctor", plan.doctor[a] ?? 0),
          "Question after my visit",
          ctx.id("appointment", a),
          new Date(Math.min(ctx.now, firstAt[c] ?? 0)),
          last,
          last,
          last,
        ];
      }
    })(),
  );
  const messages = await writer.copy(
    "messages",
    ["id", "conversation_id", "sender_id", "body", "created_at"],
    (function* () {
      let m = 0;
      for (let c = 0; c < conversationCount; c++) {
        const a = visit[c] ?? 0;
        const patientId = ctx.id("patient", plan.patient[a] ?? 0);
        const doctorId = ctx.id("doctor", plan.doctor[a] ?? 0);
        const conversationId = ctx.id("conversation", c);
        const topic = random.int(0, PATIENT_LINES.length - 1);
        for (let k = 0; k < countIn(c); k++) {
          const fromPatient = k % 2 === 0;
          const at = Math.min(ctx.now, (firstAt[c] ?? 0) + k * (gapHours[c] ?? 1) * HOUR);
          yield [
            ctx.id("message", m++),
            conversationId,
            fromPatient ? patientId : doctorId,
            (fromPatient ? PATIENT_LINES : DOCTOR_LINES)[(topic + k) % PATIENT_LINES.length] ?? "",
            new Date(at),
          ];
        }
      }
    })(),
  );
  return { conversations, messages };
}
