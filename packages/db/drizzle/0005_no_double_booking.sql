-- Design invariant 1: no double booking, enforced by Postgres itself. Two appointments of one doctor
-- whose times overlap cannot both be live; a losing concurrent insert fails with SQLSTATE 23P01,
-- which the API answers as 409 SLOT_UNAVAILABLE. Half-open ranges: back-to-back visits are fine.
ALTER TABLE appointments
  ADD CONSTRAINT appointments_no_overlap
  EXCLUDE USING gist (doctor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status <> 'cancelled');
