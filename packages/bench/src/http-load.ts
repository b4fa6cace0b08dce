import autocannon from "autocannon";

import { summarize, type LoadFigures } from "./stats";

/** One HTTP request of a scenario; `next` is called for every request, so each can differ. */
export interface HttpRequestSpec {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Drives the server with autocannon (closed loop, `connections` at once) for `seconds`, and takes
 * every response's time from autocannon's `response` event (it reports no p95 of its own).
 */
export async function httpLoad(options: {
  baseUrl: string;
  connections: number;
  seconds: number;
  next: () => HttpRequestSpec;
  /** A response counts as an error unless its status is one of these. */
  okStatuses: number[];
}): Promise<LoadFigures & { statuses: Record<number, number> }> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const spec = options.next();
              return {
                ...request,
                method: spec.method,
                path: spec.path,
                headers: {
                  ...(spec.body ? { "content-type": "application/json" } : {}),
                  ...spec.headers,
                },
                body: spec.body,
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
  });
  instance?.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (!options.okStatuses.includes(statusCode)) errors++;
  });
  const result = await finished;
  errors += result.errors + result.timeouts;
  return { ...summarize(latencies, options.seconds, errors), statuses };
}
