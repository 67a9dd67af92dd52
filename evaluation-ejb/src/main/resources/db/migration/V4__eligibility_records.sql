-- The dated records that decide whether a person may be graded in an annual assessment:
-- sanctions, organisational measures, investigations, sick and personal leave, refusals to take
-- part. Which optional columns a row fills depends on its kind (see RecordKind).
-- Rows entered by mistake are deleted; the audit trail keeps their content and the reason.

CREATE SEQUENCE eligibility_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE eligibility_record (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL REFERENCES person (id),
    kind               VARCHAR(30)  NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE,
    outcome            VARCHAR(30),
    leave_days         INTEGER,
    assessment_year    INTEGER,
    document_reference VARCHAR(60),
    note               VARCHAR(500),
    recorded_by        VARCHAR(60)  NOT NULL,
    recorded_at        TIMESTAMP    NOT NULL,
    CONSTRAINT eligibility_record_dates_ck CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT eligibility_record_days_ck CHECK (leave_days IS NULL OR leave_days BETWEEN 1 AND 366)
);
CREATE INDEX eligibility_record_person_ix ON eligibility_record (person_id, start_date);
