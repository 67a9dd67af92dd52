-- Two-factor sign-in (README, Security): an account's TOTP key, encrypted like personal data,
-- when it came into force, and the time step of the last code taken, so that no code is taken
-- twice; and the recovery codes, kept only as keyed hashes, each taken once.
ALTER TABLE account ADD COLUMN totp_key VARCHAR(200);
ALTER TABLE account ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
CREATE TABLE recovery_code (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP,
    PRIMARY KEY (account_id, code_hash)
);
