import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { openApiDocument } from "@resq/api/rest";

const apiDir = path.join(import.meta.dirname, "app", "api");
// Internal transports, not the REST API for outside clients.
const internal = [
  /^\/api\/trpc\//,
  /^\/api\/openapi\.json$/,
  /^\/api\/calendar\//,
  /^\/api\/attachments\//,
];

function routes(dir: string, prefix = "/api"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return routes(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
    return name === "route.ts" ? [prefix] : [];
  });
}

describe("the OpenAPI description", () => {
  it("documents every REST route the app serves", () => {
    const documented = Object.keys(openApiDocument.paths).map((p) => p.replace(/\/$/, ""));
    const served = routes(apiDir).filter(
      (route) => !internal.some((pattern) => pattern.test(`${route}/`) || pattern.test(route)),
    );
    expect(served.length).toBeGreaterThan(5);
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
  });
});
