import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Public origin of the app (https in production): emails' links, origin checks, Secure cookies. */
  APP_URL: z.url().optional(),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

/** The web app's configuration, validated once at start. */
export const env = schema.parse({
  NODE_ENV: process.env.NODE_ENV,
  APP_URL: process.env.APP_URL || undefined,
  TRUST_PROXY: process.env.TRUST_PROXY || undefined,
});
