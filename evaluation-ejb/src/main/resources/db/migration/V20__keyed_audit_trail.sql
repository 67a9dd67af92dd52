-- The audit trail is linked by an HMAC whose key is outside the database (README, Security):
-- each entry names its algorithm and key number; entries from before carry none and keep their
-- plain SHA-256 links. Entries also keep the network address of the request, and subject ids
-- wide enough for a user name that was tried at the sign-in page.
ALTER TABLE audit_entry ADD COLUMN address VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN mac VARCHAR(16);
ALTER TABLE audit_entry ADD COLUMN key_number INTEGER;
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, sequence);
CREATE INDEX audit_entry_time_ix ON audit_entry (recorded_at);
