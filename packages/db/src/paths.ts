import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The repository root (the folder with pnpm-workspace.yaml), so that relative paths such as the
 * default `.data/pglite` mean the same folder whichever package a command runs in.
 */
export function findRepoRoot(from = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/** Resolves a configured path: absolute stays as is, relative is taken from the repository root. */
export function resolveFromRepoRoot(configured: string): string {
  return path.isAbsolute(configured)
    ? configured
    : path.join(/*turbopackIgnore: true*/ findRepoRoot(), configured);
}
