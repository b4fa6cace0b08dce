-- The audit trail is append-only and hash-chained (design invariant 3).
--
-- Each row's hash covers its content and the previous row's hash. The database computes both under
-- a transaction-level advisory lock, so concurrent writers extend one chain in `seq` order; `seq`
-- is re-drawn after the lock so its order is the chain's order. `pnpm audit:verify` recomputes it.

-- The canonical content of an event, hashed. jsonb arrays give an unambiguous encoding; the time is
-- taken as epoch seconds so the session's TimeZone setting cannot change the text.
CREATE OR REPLACE FUNCTION audit_event_digest(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq, extract(epoch FROM e.occurred_at), e.actor_id, e.actor_role, e.action, e.outcome,
    e.patient_id, e.subject_user_id, e.record_type, e.record_id, e.ip, e.user_agent, e.details,
    e.prev_hash
  )::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_hash text;
BEGIN
  -- Under REPEATABLE READ the previous writer's row could be invisible and the chain would fork.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written in READ COMMITTED transactions';
  END IF;
  PERFORM pg_advisory_xact_lock(7220115);
  NEW.seq := nextval(pg_get_serial_sequence('audit_events', 'seq'));
  NEW.occurred_at := clock_timestamp();
  SELECT hash INTO last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := audit_event_digest(NEW);
  RETURN NEW;
END;
$$;--> statement-breakpoint

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();--> statement-breakpoint

CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();--> statement-breakpoint

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
