import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Finds the committed migrations (packages/db/drizzle). Found from the working directory rather than
 * from this file's URL, because bundlers (Turbopack) move this file and cannot resolve such URLs.
 */
export function findMigrationsDir(override?: string, from = process.cwd()): string {
  if (override) return path.resolve(/*turbopackIgnore: true*/ override);
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    for (const candidate of [path.join(dir, "packages", "db", "drizzle"), ownDrizzleDir(dir)]) {
      if (candidate && existsSync(path.join(candidate, "meta", "_journal.json"))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `Could not find RESQ's migrations (packages/db/drizzle) above ${from}; set RESQ_MIGRATIONS_DIR.`,
  );
}

function ownDrizzleDir(dir: string): string | undefined {
  const manifest = path.join(dir, "package.json");
  if (!existsSync(manifest)) return undefined;
  const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string };
  return name === "@resq/db" ? path.join(dir, "drizzle") : undefined;
}
