import { z } from "zod";

const schema = z.object({
  /** The Postgres server (no database name) the bench's databases live on. */
  BENCH_POSTGRES_URL: z.url().default("postgres://postgres@127.0.0.1:5432"),
  /** The large data set's database (seeded with --scale large when empty). */
  BENCH_DATABASE_URL: z.url().optional(),
  /** The demo-size database (demo data plus --scale tiny). */
  BENCH_DEMO_DATABASE_URL: z.url().optional(),
  BENCH_PORT: z.coerce.number().int().min(1).max(65_535).default(3106),
});

/** The bench's configuration, read from the environment once and validated. */
export function readBenchEnv(source: Record<string, string | undefined> = process.env) {
  const env = schema.parse(
    Object.fromEntries(
      Object.entries(source).filter(([key, value]) => key.startsWith("BENCH_") && value),
    ),
  );
  const server = env.BENCH_POSTGRES_URL.replace(/\/$/, "");
  return {
    server,
    port: env.BENCH_PORT,
    largeUrl: env.BENCH_DATABASE_URL ?? `${server}/resq_bench`,
    demoUrl: env.BENCH_DEMO_DATABASE_URL ?? `${server}/resq_bench_demo`,
  };
}

/** The environment for a child process (the build, the server), plus what it must be told. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", ...extra };
}
