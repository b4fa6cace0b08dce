import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { errorText } from "../i18n/errors";
import { negotiateLocale } from "../locales";

export type FetchHandler = (request: Request, client: { ip: string | null }) => Promise<Response>;

export interface FetchServer {
  url: string;
  /** Requests being answered right now. */
  inFlight(): number;
  /** Stops accepting connections and resolves when every in-flight request has been answered. */
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const chunks: Buffer[] = [];
  if (hasBody) for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(res: ServerResponse, response: Response) {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves a fetch-style handler (Request → Response) over plain node:http on the loopback: how the
 * fault, load and shutdown tests put the real request handlers on a real socket without Next.js.
 */
export function serveFetch(handler: FetchHandler, port = 0): Promise<FetchServer> {
  let inFlight = 0;
  let origin = "";
  const server = createServer((req, res) => {
    inFlight++;
    res.on("close", () => inFlight--);
    toRequest(req, origin)
      .then((request) => handler(request, { ip: req.socket.remoteAddress ?? null }))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        console.error(`request failed: ${error instanceof Error ? error.name : typeof error}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        const locale = negotiateLocale(req.headers["accept-language"]);
        res.end(
          JSON.stringify({
            error: { code: "INTERNAL", message: errorText(locale, "Something went wrong.") },
          }),
        );
      });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url: origin,
        inFlight: () => inFlight,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive sockets would hold close() open; busy ones finish their answer first.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
