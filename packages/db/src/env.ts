import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const schema = z.object({
  DATABASE_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DEMO_SEED: booleanFlag.optional(),
  /** Overrides where the committed migrations are found (default: packages/db/drizzle). */
  RESQ_MIGRATIONS_DIR: z.string().min(1).optional(),
});

export type DbEnv = z.infer<typeof schema> & { DEMO_SEED: boolean };

/** The database package's configuration, read from the environment once and validated. */
export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = schema.safeParse({
    ...source,
    DATABASE_URL: source.DATABASE_URL || undefined,
    DEMO_SEED: source.DEMO_SEED || undefined,
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid database configuration: ${fields}`);
  }
  const env = parsed.data;
  // Demo data goes into the zero-setup embedded database by default, never into a real server unasked.
  return { ...env, DEMO_SEED: env.DEMO_SEED ?? env.DATABASE_URL === undefined };
}

/** The folder a `pnpm` command was typed in: pnpm runs scripts inside the package, INIT_CWD says where the user was. */
export function invocationDir(source: Record<string, string | undefined> = process.env): string {
  return source.INIT_CWD || process.cwd();
}
