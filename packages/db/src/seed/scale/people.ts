import { DEMO_PASSWORD_HASH } from "../demo-password";
import { searchDocumentFor } from "../../reference/search-document";
import { SPECIALTIES } from "../../reference/specialties";
import { doctorEmail, patientEmail, SERVICE_TEMPLATES, type ScaleContext } from "./context";
import type { BulkWriter } from "./copy-writer";
import { FIRST_NAMES, LANGUAGE_SETS, LAST_NAMES, STREETS } from "./names";
import { createRandom } from "./prng";

const DAY = 86_400_000;

export function personName(seed: number, stream: number, index: number) {
  const random = createRandom(seed ^ index, stream);
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** Accounts of one role; every generated account signs in with the demo password. */
function copyAccounts(
  writer: BulkWriter,
  role: "doctor" | "patient",
  count: number,
  account: (index: number) => { id: string; email: string; name: string; joined: Date },
) {
  return writer.copy(
    "users",
    [
      "id",
      "email",
      "name",
      "role",
      "password_hash",
      "email_verified_at",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let i = 0; i < count; i++) {
        const { id, email, name, joined } = account(i);
        yield [id, email, name, role, DEMO_PASSWORD_HASH, joined, joined, joined];
      }
    })(),
  );
}

/** Verified doctors with a practice, three services and weekly hours; the directory lists them. */
export async function generateDoctors(ctx: ScaleContext, writer: BulkWriter) {
  const { size, seed } = ctx;
  const joined = new Date(ctx.now - 800 * DAY);
  const now = new Date(ctx.now);
  const licenceExpiresOn = `${now.getUTCFullYear() + 3}-12-31`;
  const names = Array.from({ length: size.doctors }, (_, d) => personName(seed, 1, d));
  const specialtyOf = (d: number) => SPECIALTIES[ctx.doctorSpecialty[d] ?? 0] ?? SPECIALTIES[0];
  const cityOf = (d: number) => ctx.cities[ctx.doctorCity[d] ?? 0] ?? ctx.cities[0]!;

  const users = await copyAccounts(writer, "doctor", size.doctors, (d) => ({
    id: ctx.id("doctor", d),
    email: doctorEmail(d),
    name: `Dr. ${names[d]}`,
    joined,
  }));
  const random = createRandom(seed, 1);
  const profiles = await writer.copy(
    "doctor_profiles",
    [
      "user_id",
      "display_name",
      "specialty",
      "languages",
      "bio",
      "years_of_practice",
      "education",
      "licence_number",
      "licence_authority",
      "licence_expires_on",
      "accepting_new_patients",
      "verification_status",
      "submitted_at",
      "verification_decided_at",
      "onboarding_steps",
      "booking_horizon_days",
      "minimum_notice_minutes",
      "search_document",
      "next_available_at",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let d = 0; d < size.doctors; d++) {
        const specialty = specialtyOf(d);
        const displayName = `Dr. ${names[d]}`;
        const years = random.int(2, 35);
        const next = ctx.plan.nextAvailableAt[d] ?? 0;
        yield [
          ctx.id("doctor", d),
          displayName,
          specialty.slug,
          random.pick(LANGUAGE_SETS),
          `${specialty.label} physician with ${years} years of practice.`,
          years,
          "MD, residency and board certification in the specialty",
          `SCL-${String(d + 1).padStart(7, "0")}`,
          "State Medical Board",
          licenceExpiresOn,
          random.chance(0.85),
          "verified",
          joined,
          joined,
          ["availability", "booking", "licence", "practice", "profile", "services"],
          60,
          120,
          searchDocumentFor({
            displayName,
            specialty: specialty.slug,
            subSpecialties: [],
            city: cityOf(d).name,
          }),
          next > 0 ? new Date(next) : null,
          joined,
          joined,
        ];
      }
    })(),
  );
  const practices = await writer.copy(
    "practices",
    [
      "doctor_id",
      "name",
      "address_line",
      "city",
      "postal_code",
      "country",
      "phone",
      "time_zone",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let d = 0; d < size.doctors; d++) {
        const city = cityOf(d);
        yield [
          ctx.id("doctor", d),
          `${names[d]} ${specialtyOf(d).label} Practice`,
          `${random.int(1, 9999)} ${random.pick(STREETS)}`,
          city.name,
          String(random.int(10000, 99999)),
          "US",
          `+1 555 ${String(d % 10_000).padStart(4, "0")}`,
          city.timeZone,
          joined,
          joined,
        ];
      }
    })(),
  );
  const services = await writer.copy(
    "services",
    [
      "id",
      "doctor_id",
      "name",
      "description",
      "duration_minutes",
      "price_minor",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let d = 0; d < size.doctors; d++) {
        for (const [k, service] of SERVICE_TEMPLATES.entries()) {
          yield [
            ctx.id("service", d * 3 + k),
            ctx.id("doctor", d),
            service.name,
            `${specialtyOf(d).label}: ${service.name.toLowerCase()}.`,
            service.durationMinutes,
            service.priceMinor,
            joined,
            joined,
          ];
        }
      }
    })(),
  );
  const rules = await writer.copy(
    "availability_rules",
    ["id", "doctor_id", "weekday", "start_time", "end_time"],
    (function* () {
      let r = 0;
      for (let d = 0; d < size.doctors; d++) {
        const blocks =
          ctx.doctorLunch[d] === 1
            ? [
                ["09:00", "12:30"],
                ["13:30", "17:00"],
              ]
            : [["09:00", "17:00"]];
        for (let weekday = 1; weekday <= 5; weekday++) {
          for (const [start, end] of blocks) {
            yield [
              ctx.id("availabilityRule", r++),
              ctx.id("doctor", d),
              weekday,
              start ?? "",
              end ?? "",
            ];
          }
        }
      }
    })(),
  );
  return { users, doctor_profiles: profiles, practices, services, availability_rules: rules };
}

/** Patients with a profile; they sign in with the demo password like every generated account. */
export async function generatePatients(ctx: ScaleContext, writer: BulkWriter) {
  const { size, seed } = ctx;
  const random = createRandom(seed, 2);
  const joined = new Date(ctx.now - 750 * DAY);
  const users = await copyAccounts(writer, "patient", size.patients, (p) => ({
    id: ctx.id("patient", p),
    email: patientEmail(p),
    name: personName(seed, 2, p),
    joined,
  }));
  const profiles = await writer.copy(
    "patient_profiles",
    [
      "user_id",
      "date_of_birth",
      "sex_at_birth",
      "phone",
      "city",
      "country",
      "time_zone",
      "created_at",
      "updated_at",
    ],
    (function* () {
      for (let p = 0; p < size.patients; p++) {
        const city = random.pick(ctx.cities);
        const born = `${random.int(1935, 2020)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
        yield [
          ctx.id("patient", p),
          born,
          random.chance(0.5) ? "female" : "male",
          `+1 555 ${String(p % 10_000).padStart(4, "0")}`,
          city.name,
          "US",
          city.timeZone,
          joined,
          joined,
        ];
      }
    })(),
  );
  return { users, patient_profiles: profiles };
}
