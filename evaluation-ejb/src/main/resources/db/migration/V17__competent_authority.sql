-- The competent authority (公务员主管部门) an organisation answers to: itself an organisation of the
-- platform, whose people with the AUTHORITY role read the cycles of the organisations it oversees,
-- consent to a 优秀 quota above 20 % and receive the filing of each year's results.
ALTER TABLE organisation ADD COLUMN competent_authority_id BIGINT REFERENCES organisation (id);
CREATE INDEX organisation_authority_ix ON organisation (competent_authority_id);

-- HR's requests for a quota above 20 % and the authority's decisions. The cycle keeps the quota
-- consented to; a free-text approval reference is no longer enough.
CREATE SEQUENCE quota_consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE quota_consent (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    cycle_id        BIGINT        NOT NULL REFERENCES assessment_cycle (id),
    percent         INTEGER       NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(1000)
);
CREATE INDEX quota_consent_cycle_ix ON quota_consent (cycle_id);

ALTER TABLE assessment_cycle ADD COLUMN consented_percent INTEGER DEFAULT 20 NOT NULL;
-- a quota above 20 % recorded with an approval reference before: kept, as a consent given
UPDATE assessment_cycle SET consented_percent = quota_percent WHERE quota_percent > 20;
INSERT INTO quota_consent (id, version, cycle_id, percent, reason, requested_by, requested_at, status,
                           decided_by, decided_at, decision_reason)
SELECT id, 1, id, quota_percent, 'recorded before consents were asked here', '-', CURRENT_TIMESTAMP, 'APPROVED',
       '-', CURRENT_TIMESTAMP, COALESCE(quota_approval, '-')
FROM assessment_cycle WHERE quota_percent > 20;
ALTER TABLE assessment_cycle DROP COLUMN quota_approval;

-- The filing (备案) of a closed cycle's results: a dated record with the list of grades as they were.
CREATE SEQUENCE cycle_filing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cycle_filing (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    cycle_id     BIGINT       NOT NULL REFERENCES assessment_cycle (id),
    authority_id BIGINT       NOT NULL REFERENCES organisation (id),
    filed_at     TIMESTAMP    NOT NULL,
    CONSTRAINT cycle_filing_cycle_uk UNIQUE (cycle_id)
);
CREATE INDEX cycle_filing_authority_ix ON cycle_filing (authority_id);
CREATE TABLE cycle_filing_entry (
    filing_id   BIGINT       NOT NULL REFERENCES cycle_filing (id),
    line        INTEGER      NOT NULL,
    unit_name   VARCHAR(300) NOT NULL,
    person_name VARCHAR(50)  NOT NULL,
    position    VARCHAR(100) NOT NULL,
    grade       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (filing_id, line)
);
