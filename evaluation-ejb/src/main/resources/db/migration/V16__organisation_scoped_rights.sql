-- HR is held for named organisations, not for the whole platform; an account that held HR keeps
-- it for the organisation its person works in, the one reading of the old rights to stay true.
CREATE TABLE account_hr_organisation (
    account_id      BIGINT NOT NULL REFERENCES account (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX account_hr_organisation_ix ON account_hr_organisation (organisation_id);

INSERT INTO account_hr_organisation (account_id, organisation_id)
SELECT a.id, p.organisation_id
FROM account a
JOIN account_role r ON r.account_id = a.id AND r.role = 'HR'
JOIN person p ON p.id = a.person_id;

-- Raised whenever the account's rights end or change (disabled, roles or organisations changed,
-- password reset, person left): a session signed in under an older value ends at its next request.
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
