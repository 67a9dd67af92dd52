-- Who rated, kept so that nobody can read it back: the rating page's device cookie and the network
-- address as keyed hashes (HMAC-SHA-256 with a platform secret). The account, the API key and the
-- paper form's number were kept already.
ALTER TABLE rating ADD COLUMN device_hash VARCHAR(64);
ALTER TABLE rating ADD COLUMN address_hash VARCHAR(64);
-- Why a rating is held as a suspected self-rating (standing HELD): the reasons' names, comma-separated.
ALTER TABLE rating ADD COLUMN hold_reasons VARCHAR(200);
CREATE INDEX rating_device_ix ON rating (device_hash, person_id, rated_at);

-- The devices and addresses each staff member's own signed-in sessions used, and when last: a
-- rating from one of them, soon after, is held. Keyed hashes as on the rating.
CREATE TABLE staff_sighting (
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    kind        VARCHAR(10) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    last_seen   TIMESTAMP   NOT NULL,
    PRIMARY KEY (person_id, kind, fingerprint)
);
CREATE INDEX staff_sighting_fingerprint_ix ON staff_sighting (fingerprint, last_seen);
