import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

export class DatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database at ${dataDir} is already open in another process (pid ${pid}). ` +
        `PGlite allows one process per data directory: stop the other RESQ process, or point ` +
        `PGLITE_DIR at another directory, or use Postgres (DATABASE_URL) to run several instances.`,
    );
    this.name = "DatabaseInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive, process-level lock on a PGlite data directory (a `<dir>.lock` file holding the
 * owner's pid, created atomically). A lock left by a dead process is taken over. Returns the release.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(dataDir, owner);
      }
      // Stale (dead owner, or our own pid from an earlier crashed open): remove and retry.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}`);
}
