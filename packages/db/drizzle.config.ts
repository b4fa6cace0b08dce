import { defineConfig } from "drizzle-kit";

// Only used to generate SQL migrations from the schema; no database connection is needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
