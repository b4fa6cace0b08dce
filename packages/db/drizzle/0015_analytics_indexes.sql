-- Usage analytics count domain rows per day over a date range. These indexes let each figure read
-- only the rows of the range instead of the whole table on a large database. They live on other
-- areas' tables, so they are kept here (drizzle-kit leaves indexes it does not know alone).
CREATE INDEX IF NOT EXISTS "users_created_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "appointments_created_idx" ON "appointments" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "appointments_cancelled_idx" ON "appointments" USING btree ("cancelled_at") WHERE "cancelled_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "appointments_no_show_idx" ON "appointments" USING btree ("starts_at") WHERE "status" = 'no_show';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "messages_created_idx" ON "messages" USING btree ("created_at");
