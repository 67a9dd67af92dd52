-- The regular assessment (平时考核): one record per person and quarter, graded by the
-- supervising leader, and each organisation's cap on the grade 好.
-- Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE SEQUENCE quarterly_assessment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quarterly_policy_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE quarterly_assessment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL REFERENCES person (id),
    assessment_year    INTEGER       NOT NULL,
    assessment_quarter INTEGER       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    work_record        VARCHAR(1000) NOT NULL,
    submitted_at       TIMESTAMP,
    return_reason      VARCHAR(500),
    grade              VARCHAR(20),
    leader_comment     VARCHAR(500),
    graded_by_id       BIGINT        REFERENCES person (id),
    graded_at          TIMESTAMP,
    CONSTRAINT quarterly_assessment_uk UNIQUE (person_id, assessment_year, assessment_quarter),
    CONSTRAINT quarterly_assessment_quarter_ck CHECK (assessment_quarter BETWEEN 1 AND 4)
);
-- the cap counts one organisation's quarter; the annual review reads a year of many people
CREATE INDEX quarterly_assessment_period_ix ON quarterly_assessment (assessment_year, assessment_quarter);
CREATE INDEX quarterly_assessment_graded_by_ix ON quarterly_assessment (graded_by_id);

CREATE TABLE quarterly_policy (
    id               BIGINT  NOT NULL PRIMARY KEY,
    version          BIGINT  NOT NULL,
    organisation_id  BIGINT  NOT NULL REFERENCES organisation (id),
    good_cap_percent INTEGER NOT NULL,
    CONSTRAINT quarterly_policy_organisation_uk UNIQUE (organisation_id),
    CONSTRAINT quarterly_policy_cap_ck CHECK (good_cap_percent BETWEEN 0 AND 100)
);
