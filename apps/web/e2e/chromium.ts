import { existsSync } from "node:fs";

/**
 * Debian's Chromium (never a browser downloaded by Playwright). CHROMIUM_PATH overrides the search.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ].filter((candidate): candidate is string => !!candidate);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  return found;
}
