-- A signed treatment note is part of the legal record: it is never edited or deleted. Amendments
-- are new versions (amends_note_id) with a reason. Drafts may still be edited or discarded.
CREATE OR REPLACE FUNCTION treatment_notes_protect_signed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    -- Re-encryption under a new key (key rotation) changes only the ciphertext of the same text.
    IF TG_OP = 'UPDATE' AND NEW.body_ciphertext <> OLD.body_ciphertext
       AND (NEW.patient_id, NEW.doctor_id, NEW.status, NEW.version, NEW.signed_at, NEW.created_at)
         IS NOT DISTINCT FROM (OLD.patient_id, OLD.doctor_id, OLD.status, OLD.version, OLD.signed_at, OLD.created_at)
       AND current_setting('resq.key_rotation', true) = 'on' THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'signed treatment notes cannot be changed or deleted; write an amendment'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;--> statement-breakpoint

CREATE TRIGGER treatment_notes_signed_immutable BEFORE UPDATE OR DELETE ON treatment_notes
  FOR EACH ROW EXECUTE FUNCTION treatment_notes_protect_signed();
