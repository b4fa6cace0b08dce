import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { areaNamespaces, rootNamespaces, type Area } from "./areas";

// Walks the import graph from each route group's files. Whatever a "use client" module imports runs
// in the browser too; the namespaces those modules pass to useTranslations() must reach the browser.
const src = path.resolve(import.meta.dirname, "..");
const app = path.join(src, "app");

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = path.join(src, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package
  for (const suffix of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface Module {
  client: boolean;
  imports: string[];
  namespaces: string[];
}
const modules = new Map<string, Module>();
function moduleAt(file: string): Module {
  let found = modules.get(file);
  if (!found) {
    const text = readFileSync(file, "utf8");
    found = {
      client: /^\s*["']use client["']/.test(text),
      imports: [
        ...text.matchAll(
          /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
        ),
      ]
        .map((match) => resolveImport(file, (match[1] ?? match[2])!))
        .filter((resolved): resolved is string => resolved !== null),
      namespaces: [...text.matchAll(/useTranslations\(\s*["']([A-Za-z]+)/g)].map((m) => m[1]!),
    };
    modules.set(file, found);
  }
  return found;
}

function clientNamespaces(entries: string[]): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, onClient: boolean) => {
    const key = `${onClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const found = moduleAt(file);
    const client = onClient || found.client;
    if (client) for (const namespace of found.namespaces) namespaces.add(namespace);
    for (const imported of found.imports) visit(imported, client);
  };
  for (const entry of entries) visit(entry, false);
  return namespaces;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [full] : [];
  });
}

const groups = readdirSync(app).filter(
  (name) => name !== "api" && statSync(path.join(app, name)).isDirectory(),
);

describe("messages sent to the browser", () => {
  it("the root layout's client parts need only what the root provider gives", () => {
    const used = clientNamespaces(
      ["layout.tsx", "error.tsx", "not-found.tsx"].map((file) => path.join(app, file)),
    );
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((namespace) => !rootNamespaces.includes(namespace as never))).toEqual(
      [],
    );
  });

  it.each(groups)("%s: every namespace its client components use is given to them", (group) => {
    const files = sourceFiles(path.join(app, group));
    const area = group.replace(/^\((.*)\)$/, "$1");
    const providedByLayout = files.some(
      (file) =>
        path.basename(file) === "layout.tsx" &&
        readFileSync(file, "utf8").includes(`<AreaIntlProvider area="${area}"`),
    );
    const given: readonly string[] = providedByLayout
      ? areaNamespaces[area as Area]
      : rootNamespaces;
    const missing = [...clientNamespaces(files)].filter((used) => !given.includes(used));
    expect(missing, `add them to areaNamespaces.${area} in areas.ts`).toEqual([]);
  });

  it("finds the namespaces a client component uses (the walk itself works)", () => {
    const patient = clientNamespaces(sourceFiles(path.join(app, "(patient)")));
    expect([...patient]).toEqual(expect.arrayContaining(["patient", "appointments", "billing"]));
  });
});
