import { z } from "zod";

const schema = z.object({
  TEST_DB: z.enum(["pglite", "postgres"]).default("pglite"),
  TEST_DATABASE_URL: z.url().optional(),
});

/** The test harness's configuration (set by vitest.config.ts per project, and by CI). */
export function readTestEnv(source: Record<string, string | undefined> = process.env) {
  return schema.parse({
    TEST_DB: source.TEST_DB || undefined,
    TEST_DATABASE_URL: source.TEST_DATABASE_URL || undefined,
  });
}
