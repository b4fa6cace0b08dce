import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { staticSecurityHeaders } from "./src/server/security-headers";

// The per-request ones (CSP with its nonce, HSTS, no-store) are set by src/proxy.ts.
const securityHeaders = Object.entries(staticSecurityHeaders).map(([key, value]) => ({
  key,
  value,
}));

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The REST contract names its paths with a trailing slash (/api/auth/login/); serve them as-is.
  skipTrailingSlashRedirect: true,
  // Native and WASM packages run from node_modules, not from the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "pdfkit"],
  transpilePackages: ["@resq/api", "@resq/auth", "@resq/db", "@resq/ui"],
  // `pnpm typecheck` and `pnpm lint` check the whole monorepo; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      // The reset token is in this page's URL: no referrer at all, so no link or resource it loads
      // can learn it. Listed after the global rule, which it overrides for this one key.
      { source: "/reset-password", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ]);
  },
};

// The message catalogue and the request's language (src/i18n/request.ts).
export default createNextIntlPlugin("./src/i18n/request.ts")(config);
