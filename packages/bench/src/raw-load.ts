import { summarize, type LoadFigures } from "./stats";

/** Returned by `once` when there is nothing left to do (e.g. no free slot left to book). */
export const EXHAUSTED = Symbol("exhausted");

/**
 * The same work as an endpoint, straight through postgres.js (no HTTP, no tRPC): `concurrency`
 * loops each running `once` back to back for `seconds`, like autocannon's connections.
 */
export async function rawLoad(options: {
  concurrency: number;
  seconds: number;
  once: () => Promise<unknown>;
}): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        if ((await options.once()) === EXHAUSTED) return;
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return summarize(latencies, (performance.now() - started) / 1000, errors);
}
