/**
 * The browser-side defences every answer carries. Pure functions, so the policy is unit-tested and
 * the proxy (src/proxy.ts) only wires them to requests.
 */

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page.
 *
 * - Scripts: only those carrying this response's nonce (Next.js adds it to its own inline bootstrap
 *   and chunk tags when it finds the nonce in the request's CSP header), and what they load
 *   ('strict-dynamic'). No 'unsafe-inline' for scripts. Development adds 'unsafe-eval', which React's
 *   dev build needs for its call stacks; production never has it.
 * - Styles: 'unsafe-inline' is kept for styles only. Next.js, Radix (popper positioning), sonner and
 *   next-themes write `style="..."` attributes at run time, and CSP nonces cannot cover style
 *   attributes; an injected style can restyle a page but cannot run code or read data.
 * - Nothing may frame RESQ (clickjacking), plugins are off, forms and <base> stay on our origin.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  if (options.development) script.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${script.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `worker-src 'self' blob:`,
    `manifest-src 'self'`,
  ];
  if (!options.development) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** HSTS for a year, only when the public origin is https (on http it would be ignored anyway). */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null;
}

/** Headers for every answer, pages and API alike (next.config.ts sets the static ones). */
export const staticSecurityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
