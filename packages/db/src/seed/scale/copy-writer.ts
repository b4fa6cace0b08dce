import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import type { Transaction } from "@electric-sql/pglite";
import type postgres from "postgres";

/** One value of a row, as the generators produce it. */
export type CopyValue = string | number | boolean | null | undefined | Date | readonly string[];
export type CopyRow = readonly CopyValue[];

/** Writes rows into a table in bulk. Every constraint, index and trigger of the table applies. */
export interface BulkWriter {
  copy(table: string, columns: readonly string[], rows: Iterable<CopyRow>): Promise<number>;
}

// COPY's text format: backslash, tab, newline and carriage return are escaped; \N is null.
function escapeField(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
      )
    : text;
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

export function encodeCopyRow(row: CopyRow): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (i > 0) line += "\t";
    if (value === null || value === undefined) line += "\\N";
    else if (typeof value === "string") line += escapeField(value);
    else if (typeof value === "number") line += String(value);
    else if (typeof value === "boolean") line += value ? "t" : "f";
    else if (value instanceof Date) line += value.toISOString();
    else line += escapeField(arrayLiteral(value));
  }
  return `${line}\n`;
}

/** Groups encoded rows into chunks of a few hundred kilobytes (fewer, larger writes). */
function* chunksOf(rows: Iterable<CopyRow>, counter: { rows: number }, maxRows = 2_000) {
  let chunk = "";
  let inChunk = 0;
  for (const row of rows) {
    chunk += encodeCopyRow(row);
    counter.rows++;
    if (++inChunk >= maxRows) {
      yield chunk;
      chunk = "";
      inChunk = 0;
    }
  }
  if (chunk) yield chunk;
}

const identifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
};

function copyStatement(table: string, columns: readonly string[], source: string) {
  return `copy ${identifier(table)} (${columns.map(identifier).join(", ")}) from ${source}`;
}

/** Where the rows go: a postgres.js client (or transaction) or a PGlite instance (or transaction). */
export type CopyTarget =
  | { kind: "postgres"; sql: Pick<postgres.Sql, "unsafe"> }
  | { kind: "pglite"; client: Pick<Transaction, "query"> };

/**
 * COPY on both drivers: postgres.js streams `COPY … FROM STDIN` through `.writable()`; PGlite
 * (single process, in WASM) reads `COPY … FROM '/dev/blob'` from a Blob, a batch at a time.
 */
export function bulkWriterFor(target: CopyTarget): BulkWriter {
  if (target.kind === "postgres") {
    const sql = target.sql;
    return {
      async copy(table, columns, rows) {
        const counter = { rows: 0 };
        const writable = await sql.unsafe(copyStatement(table, columns, "stdin")).writable();
        await pipeline(Readable.from(chunksOf(rows, counter)), writable);
        return counter.rows;
      },
    };
  }
  const pglite = target.client;
  return {
    async copy(table, columns, rows) {
      const counter = { rows: 0 };
      const statement = copyStatement(table, columns, "'/dev/blob'");
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await pglite.query(statement, [], { blob: new Blob(batch) });
        batch = [];
      };
      for (const chunk of chunksOf(rows, counter)) {
        batch.push(chunk);
        if (batch.length >= 10) await flush();
      }
      await flush();
      return counter.rows;
    },
  };
}
