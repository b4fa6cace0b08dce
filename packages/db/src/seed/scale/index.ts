import { sql } from "drizzle-orm";

import { rowsOf, type DatabaseHandle } from "../../client";
import { generateAppointments } from "./appointments";
import { baseContext, EMAIL_DOMAIN, type ScaleContext } from "./context";
import { bulkWriterFor, type BulkWriter, type CopyTarget } from "./copy-writer";
import { generateInvoices } from "./invoices";
import { generateMessages } from "./messages";
import { generateDoctors, generatePatients } from "./people";
import { planAppointments } from "./plan";
import { generateRecords } from "./records";
import { SCALES, type ScaleName } from "./sizes";

export { SCALES, SCALE_NAMES, isScaleName, type ScaleName, type ScaleSize } from "./sizes";
export { doctorEmail, patientEmail, EMAIL_DOMAIN } from "./context";

/**
 * One generator per area of the data set. Each writes its tables in bulk and returns the row
 * counts; they run in this order (later ones refer to rows of earlier ones by planned index).
 * Adding an area is one more module here (invoices, for instance, read `ctx.plan.completed`).
 */
export interface ScaleGenerator {
  name: string;
  run(ctx: ScaleContext, writer: BulkWriter): Promise<Record<string, number>>;
}

export const SCALE_GENERATORS: ScaleGenerator[] = [
  { name: "doctors", run: generateDoctors },
  { name: "patients", run: generatePatients },
  { name: "appointments", run: generateAppointments },
  { name: "clinical records", run: generateRecords },
  { name: "messages", run: generateMessages },
  { name: "invoices", run: generateInvoices },
];

export interface ScaleSeedOptions {
  scale: ScaleName;
  /** The same seed gives the same data set (for a given `now`'s day). */
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface ScaleSeedResult {
  rows: Record<string, number>;
  seconds: number;
}

export class ScaleDataPresentError extends Error {
  constructor() {
    super(
      `This database already holds scale data (accounts @${EMAIL_DOMAIN}); use a fresh database.`,
    );
  }
}

/**
 * Generates the scale data set on a migrated database, in one transaction (all or nothing), through
 * COPY on both drivers. Nothing is disabled: constraints (the no-double-booking exclusion among
 * them), indexes and triggers all apply. No audit rows are generated. Statistics are refreshed at
 * the end so the planner sees the new sizes.
 */
export async function seedScaleData(
  handle: DatabaseHandle,
  options: ScaleSeedOptions,
): Promise<ScaleSeedResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const present = rowsOf<{ n: number }>(
    await handle.db.execute(
      sql`select count(*)::int as n from users where lower(email) = ${`doctor1@${EMAIL_DOMAIN}`}`,
    ),
  );
  if ((present[0]?.n ?? 0) > 0) throw new ScaleDataPresentError();

  // Midnight-aligned, so that a run on the same day with the same seed gives the same rows.
  const now = (options.now ?? new Date()).getTime();
  const base = baseContext(options.seed ?? 20_260_101, SCALES[options.scale], now);
  const ctx: ScaleContext = { ...base, plan: planAppointments(base) };
  log(`planned ${ctx.plan.count} appointments in ${seconds(started)} s`);

  const rows: Record<string, number> = {};
  const runAll = async (target: CopyTarget) => {
    const writer = bulkWriterFor(target);
    for (const generator of SCALE_GENERATORS) {
      const t0 = performance.now();
      const written = await generator.run(ctx, writer);
      for (const [table, n] of Object.entries(written)) rows[table] = (rows[table] ?? 0) + n;
      log(`${generator.name}: ${describe(written)} in ${seconds(t0)} s`);
    }
  };
  if (handle.kind === "postgres" && handle.postgres) {
    await handle.postgres.begin((tx) => runAll({ kind: "postgres", sql: tx }));
  } else if (handle.pglite) {
    await handle.pglite.transaction((tx) => runAll({ kind: "pglite", client: tx }));
  } else {
    throw new Error("no database client");
  }
  const t0 = performance.now();
  await handle.db.execute(sql`analyze`);
  log(`analyze in ${seconds(t0)} s`);
  return { rows, seconds: Number(seconds(started)) };
}

function seconds(since: number) {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function describe(counts: Record<string, number>) {
  return Object.entries(counts)
    .map(([table, n]) => `${n.toLocaleString("en-US")} ${table}`)
    .join(", ");
}
