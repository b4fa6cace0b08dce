import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Public origin, used in links inside emails (default: this machine on PORT). */
    APP_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Real email through Resend; unset = the outbox mailbox admins read. */
    RESEND_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).default("RESQ <no-reply@resq.local>"),
    /** Real card payments through Stripe Checkout; unset = the built-in demo card processor. */
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, "Expected a Stripe secret key (sk_test_… or sk_live_…).")
      .optional(),
    /** Verifies Stripe's webhook signatures (whsec_…); required with STRIPE_SECRET_KEY. */
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+$/, "Expected a Stripe webhook signing secret (whsec_…).")
      .optional(),
  })
  .refine((env) => !env.STRIPE_SECRET_KEY || env.STRIPE_WEBHOOK_SECRET, {
    path: ["STRIPE_WEBHOOK_SECRET"],
    message: "Set STRIPE_WEBHOOK_SECRET with STRIPE_SECRET_KEY, or payments are never confirmed.",
  });

export type ApiEnv = Omit<z.infer<typeof schema>, "APP_URL"> & { APP_URL: string };

export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const env = schema.parse({
    NODE_ENV: source.NODE_ENV || undefined,
    APP_URL: source.APP_URL || undefined,
    PORT: source.PORT || undefined,
    RESEND_API_KEY: source.RESEND_API_KEY || undefined,
    EMAIL_FROM: source.EMAIL_FROM || undefined,
    STRIPE_SECRET_KEY: source.STRIPE_SECRET_KEY || undefined,
    STRIPE_WEBHOOK_SECRET: source.STRIPE_WEBHOOK_SECRET || undefined,
  });
  return { ...env, APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "") };
}

const benchSchema = z.object({
  BENCH_DATABASE_URL: z.url().default("postgres://postgres@127.0.0.1:5432/postgres"),
  LOAD_USERS: z.coerce.number().int().min(1).max(2000).default(200),
  LOAD_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
});

/** The load run's settings (`pnpm bench:load`). */
export function readBenchEnv(source: Record<string, string | undefined> = process.env) {
  return benchSchema.parse({
    BENCH_DATABASE_URL: source.BENCH_DATABASE_URL || source.TEST_DATABASE_URL || undefined,
    LOAD_USERS: source.LOAD_USERS || undefined,
    LOAD_SECONDS: source.LOAD_SECONDS || undefined,
  });
}
