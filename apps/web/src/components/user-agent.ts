/** The words around a device's name, in the reader's language (common.userAgent). */
export interface UserAgentWords {
  unknown: string;
  /** "Firefox on Windows" */
  browserOn: (browser: string, system: string) => string;
  /** "A browser on Windows" */
  aBrowserOn: (system: string) => string;
}

const englishWords: UserAgentWords = {
  unknown: "Unknown device",
  browserOn: (browser, system) => `${browser} on ${system}`,
  aBrowserOn: (system) => `A browser on ${system}`,
};

/**
 * A device in plain words from its User-Agent header ("Firefox on Windows", "Safari on iPhone").
 * Good enough to recognise one's own devices; not a security decision. Pass `words` (see
 * useDescribeUserAgent) for the reader's language; without them, English.
 */
export function describeUserAgent(
  userAgent: string | null | undefined,
  words: UserAgentWords = englishWords,
): string {
  if (!userAgent) return words.unknown;
  const ua = userAgent;
  const browser = /EdgA?\/|Edg\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /SamsungBrowser\//.test(ua)
        ? "Samsung Internet"
        : /Firefox\/|FxiOS\//.test(ua)
          ? "Firefox"
          : /Chrome\/|CriOS\/|Chromium\//.test(ua)
            ? "Chrome"
            : /Safari\//.test(ua) && /Version\//.test(ua)
              ? "Safari"
              : /^curl\//i.test(ua)
                ? "curl"
                : null;
  const system = /iPhone/.test(ua)
    ? "iPhone"
    : /iPad/.test(ua)
      ? "iPad"
      : /Android/.test(ua)
        ? "Android"
        : /CrOS/.test(ua)
          ? "ChromeOS"
          : /Windows/.test(ua)
            ? "Windows"
            : /Mac OS X|Macintosh/.test(ua)
              ? "Mac"
              : /Linux/.test(ua)
                ? "Linux"
                : null;
  if (browser && system) return words.browserOn(browser, system);
  if (browser) return browser;
  if (system) return words.aBrowserOn(system);
  return words.unknown;
}
