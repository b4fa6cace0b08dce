import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

/** pg-boss talks to the database through `executeSql`; these adapt our two drivers to it. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number }>;
}

/**
 * PGlite (one in-process connection). pg-boss sends its schema and maintenance work as
 * parameterless multi-statement scripts (BEGIN …; COMMIT), which need the simple protocol (exec);
 * a failed script must be rolled back, or the only connection stays in an aborted transaction.
 */
export function pgliteBossDb(pglite: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      try {
        if (values?.length) return await pglite.query(text, values);
        const results = await pglite.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      } catch (error) {
        if (pglite.isInTransaction()) await pglite.exec("ROLLBACK");
        throw error;
      }
    },
  };
}

/**
 * postgres.js, on a client of pg-boss's own: scripts run on a reserved connection with the simple
 * protocol (postgres.js refuses BEGIN on a pooled one), undefined parameters become NULL as in
 * node-postgres, and JSON parameters that pg-boss already serialised are not encoded twice.
 */
export function postgresBossDb(url: string): { db: BossDb; close: () => Promise<void> } {
  const sql = postgres(url, {
    max: 4,
    onnotice: () => undefined,
    types: {
      bossJson: {
        to: 114,
        from: [114, 3802],
        serialize: (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value)),
        parse: (value: string) => JSON.parse(value) as unknown,
      },
    },
  });
  const db: BossDb = {
    async executeSql(text, values) {
      let result: postgres.RowList<postgres.Row[]> | postgres.RowList<postgres.Row[]>[];
      if (values?.length) {
        result = await sql.unsafe(
          text,
          values.map((value) => (value === undefined ? null : value)),
        );
      } else {
        const connection = await sql.reserve();
        try {
          result = (await connection.unsafe(text).simple()) as typeof result;
        } catch (error) {
          await connection.unsafe("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          connection.release();
        }
      }
      const last = (
        Array.isArray(result[result.length - 1]) ? result[result.length - 1] : result
      ) as postgres.RowList<postgres.Row[]>;
      return { rows: Array.from(last), rowCount: last.count };
    },
  };
  return { db, close: () => sql.end({ timeout: 5 }) };
}
