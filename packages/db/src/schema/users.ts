import { sql } from "drizzle-orm";
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, index } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["patient", "doctor", "admin"]);
export type UserRole = (typeof userRole.enumValues)[number];

/** active: may sign in; suspended: refused at sign-in and sessions ended; deleted: anonymised. */
export const userStatus = pgEnum("user_status", ["active", "suspended", "deleted"]);
export type UserStatus = (typeof userStatus.enumValues)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: userRole("role").notNull(),
    status: userStatus("status").notNull().default("active"),
    /** argon2id PHC string; null for an invited user who has not set a password yet. */
    passwordHash: text("password_hash"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    locale: text("locale").notNull().default("en"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are unique whatever their case: Ann@x.org and ann@x.org are one person.
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
