-- The password policy (README, Security): the hashes of an account's last passwords, so that they
-- are not chosen again, and when its owner last chose one, for the configurable expiry.
CREATE TABLE password_history (
    account_id    BIGINT       NOT NULL REFERENCES account (id),
    replaced_at   TIMESTAMP    NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    PRIMARY KEY (account_id, replaced_at)
);
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP;
UPDATE account SET password_changed_at = CURRENT_TIMESTAMP;
