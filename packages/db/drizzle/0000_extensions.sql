-- Extensions RESQ relies on. Both are "trusted" since Postgres 13, so a database owner can create them.
-- btree_gist: the exclusion constraint that makes double booking impossible (design invariant 1).
-- pg_trgm: typo-tolerant search in the doctor directory.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
