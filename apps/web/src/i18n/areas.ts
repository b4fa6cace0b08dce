/**
 * Which message namespaces each area's client components use. Only these go to the browser with
 * the area's pages (server components read the whole catalogue on the server), so a page does not
 * carry the other areas' 100 KB of text. `areas.test.ts` walks each area's import graph and fails
 * when a client component uses a namespace its area does not list here.
 */
import type { Messages } from "./catalogue";

type Namespace = keyof Messages;

/** The root layout's client parts (header, footer, banners, error page) use only `common`. */
export const rootNamespaces = ["common"] as const satisfies readonly Namespace[];

/** Keyed by the route group under src/app ("(patient)" → "patient"). */
export const areaNamespaces = {
  account: ["common", "auth", "account"],
  admin: ["common", "admin", "billing", "support"],
  auth: ["common", "auth"],
  doctor: ["common", "doctor", "appointments", "billing", "records", "support"],
  messages: ["common", "messaging"],
  patient: ["common", "patient", "appointments", "billing", "records", "profile", "support"],
  public: ["common", "public"],
} as const satisfies Record<string, readonly Namespace[]>;

export type Area = keyof typeof areaNamespaces;

/** The part of a catalogue that the given namespaces make up. */
export function pickNamespaces<N extends Namespace>(
  messages: Messages,
  namespaces: readonly N[],
): Pick<Messages, N> {
  return Object.fromEntries(
    namespaces.map((namespace) => [namespace, messages[namespace]]),
  ) as Pick<Messages, N>;
}
