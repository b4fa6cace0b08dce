import { parseArgs } from "node:util";

import { openConfiguredDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "../seed/demo";
import { isScaleName, SCALE_NAMES, seedScaleData } from "../seed/scale";

const { values } = parseArgs({
  options: {
    help: { type: "boolean", short: "h" },
    scale: { type: "string" },
    seed: { type: "string" },
  },
  allowPositionals: false,
});
if (values.help) {
  console.info(`pnpm db:seed                       seeds the demo data set (idempotent: existing accounts are kept)
pnpm db:seed --scale ${SCALE_NAMES.join("|")}   generates the scale data set (large: 5,000 doctors, 100,000
                                   patients, 1,000,000 appointments, 1,000,000 records, 500,000 messages;
                                   medium: a tenth; tiny: demo-sized) on an empty database
           --seed N               the random seed (default 20260101): same seed, same data`);
  process.exit(0);
}
if (values.scale !== undefined && !isScaleName(values.scale)) {
  console.error(`--scale must be one of ${SCALE_NAMES.join(", ")}`);
  process.exit(2);
}
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error("--seed must be an integer");
  process.exit(2);
}

const handle = await openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  if (values.scale !== undefined && isScaleName(values.scale)) {
    const scale = values.scale;
    console.info(`Generating the ${scale} data set on ${handle.kind}…`);
    const result = await seedScaleData(handle, {
      scale,
      seed,
      log: (line) => console.info(`  ${line}`),
    });
    console.info(`Scale data (${scale}) seeded in ${result.seconds} s.`);
  } else {
    const { created } = await seedDemoData(handle.db);
    console.info(`Demo data seeded on ${handle.kind}: ${created} new accounts.`);
  }
} finally {
  await handle.close();
}
