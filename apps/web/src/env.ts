import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Public origin of the app, used in emails and for origin checks. */
  APP_URL: z.url().optional(),
});

/** The web app's configuration, validated once at start. */
export const env = schema.parse({
  NODE_ENV: process.env.NODE_ENV,
  APP_URL: process.env.APP_URL || undefined,
});
