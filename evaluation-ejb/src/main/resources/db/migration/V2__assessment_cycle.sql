-- The annual assessment: cycles, participants, self-summary versions, objections during
-- publicity, committee minutes, reviews and appeals, and the consequence ledger.

CREATE SEQUENCE assessment_cycle_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE participant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE summary_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE objection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE committee_minutes_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE grade_challenge_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consequence_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE assessment_cycle (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    organisation_id    BIGINT       NOT NULL REFERENCES organisation (id),
    assessment_year    INTEGER      NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    scheme             VARCHAR(30)  NOT NULL,
    quota_percent      INTEGER      NOT NULL,
    quota_approval     VARCHAR(100),
    quota_rounding     VARCHAR(10)  NOT NULL,
    quarterly_rule     BOOLEAN      NOT NULL,
    leave_day_limit    INTEGER      NOT NULL,
    summary_due        DATE         NOT NULL,
    review_due         DATE         NOT NULL,
    decision_due       DATE         NOT NULL,
    publicity_days     INTEGER      NOT NULL,
    publicity_start    DATE,
    publicity_end      DATE,
    head_return_reason VARCHAR(500),
    confirmed_on       DATE,
    closed_on          DATE,
    CONSTRAINT assessment_cycle_uk UNIQUE (organisation_id, assessment_year)
);

CREATE TABLE participant (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    cycle_id                BIGINT       NOT NULL REFERENCES assessment_cycle (id),
    person_id               BIGINT       NOT NULL REFERENCES person (id),
    unit_id                 BIGINT       NOT NULL REFERENCES org_unit (id),
    reviewer_id             BIGINT       REFERENCES person (id),
    added_reason            VARCHAR(500),
    stage                   VARCHAR(30)  NOT NULL,
    removed                 BOOLEAN      NOT NULL,
    removal_reason          VARCHAR(500),
    eligibility_effect      VARCHAR(30)  NOT NULL,
    eligibility_reason      VARCHAR(40)  NOT NULL,
    eligibility_record_id   BIGINT,
    eligibility_record_key  VARCHAR(60),
    eligibility_record_date DATE,
    draft_morality          VARCHAR(1000),
    draft_ability           VARCHAR(1000),
    draft_diligence         VARCHAR(1000),
    draft_performance       VARCHAR(3000),
    draft_integrity         VARCHAR(1000),
    draft_achievements      VARCHAR(3000),
    summary_status          VARCHAR(20)  NOT NULL,
    summary_versions        INTEGER      NOT NULL,
    summary_submitted_on    DATE,
    summary_late            BOOLEAN      NOT NULL,
    summary_return_reason   VARCHAR(500),
    review_comment          VARCHAR(2000),
    review_improvement      VARCHAR(2000),
    proposed_grade          VARCHAR(30),
    review_submitted        BOOLEAN      NOT NULL,
    reviewed_on             DATE,
    decided                 BOOLEAN      NOT NULL,
    decided_grade           VARCHAR(30),
    decision_reason         VARCHAR(500),
    decided_by              BIGINT       REFERENCES person (id),
    decided_on              DATE,
    decided_effect          VARCHAR(30),
    reopen_reason           VARCHAR(1000),
    final_grade             VARCHAR(30),
    final_effect            VARCHAR(30),
    notice_on               DATE,
    acknowledged_on         DATE,
    acknowledgement_comment VARCHAR(500),
    refused_on              DATE,
    CONSTRAINT participant_uk UNIQUE (cycle_id, person_id)
);
CREATE INDEX participant_cycle_unit_ix ON participant (cycle_id, unit_id);
CREATE INDEX participant_cycle_reviewer_ix ON participant (cycle_id, reviewer_id);
CREATE INDEX participant_person_ix ON participant (person_id);
CREATE INDEX participant_cycle_grade_ix ON participant (cycle_id, decided_grade);
CREATE INDEX participant_cycle_stage_ix ON participant (cycle_id, stage);

CREATE TABLE summary_version (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    participant_id       BIGINT       NOT NULL REFERENCES participant (id),
    version_number       INTEGER      NOT NULL,
    summary_morality     VARCHAR(1000) NOT NULL,
    summary_ability      VARCHAR(1000) NOT NULL,
    summary_diligence    VARCHAR(1000) NOT NULL,
    summary_performance  VARCHAR(3000) NOT NULL,
    summary_integrity    VARCHAR(1000) NOT NULL,
    summary_achievements VARCHAR(3000) NOT NULL,
    submitted_on         DATE         NOT NULL,
    late                 BOOLEAN      NOT NULL,
    return_reason        VARCHAR(500),
    CONSTRAINT summary_version_uk UNIQUE (participant_id, version_number)
);

CREATE TABLE objection (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    participant_id BIGINT        NOT NULL REFERENCES participant (id),
    raised_by      BIGINT        NOT NULL REFERENCES person (id),
    content        VARCHAR(1000) NOT NULL,
    raised_on      DATE          NOT NULL,
    upheld         BOOLEAN,
    resolution     VARCHAR(1000),
    resolved_by    VARCHAR(50),
    resolved_on    DATE
);
CREATE INDEX objection_participant_ix ON objection (participant_id);

CREATE TABLE committee_minutes (
    id          BIGINT        NOT NULL PRIMARY KEY,
    cycle_id    BIGINT        NOT NULL REFERENCES assessment_cycle (id),
    held_on     DATE          NOT NULL,
    attendees   VARCHAR(500)  NOT NULL,
    content     VARCHAR(5000) NOT NULL,
    recorded_by VARCHAR(50)   NOT NULL
);

CREATE TABLE grade_challenge (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    participant_id   BIGINT        NOT NULL REFERENCES participant (id),
    kind             VARCHAR(10)   NOT NULL,
    grounds          VARCHAR(2000) NOT NULL,
    filed_on         DATE          NOT NULL,
    due_on           DATE          NOT NULL,
    extended         BOOLEAN       NOT NULL,
    extension_reason VARCHAR(2000),
    original_grade   VARCHAR(30),
    outcome_grade    VARCHAR(30),
    decision         VARCHAR(2000),
    deciding_body    VARCHAR(2000),
    decided_by       VARCHAR(50),
    decided_on       DATE
);
CREATE INDEX grade_challenge_participant_ix ON grade_challenge (participant_id);

CREATE TABLE consequence_record (
    id                BIGINT      NOT NULL PRIMARY KEY,
    person_id         BIGINT      NOT NULL REFERENCES person (id),
    assessment_year   INTEGER     NOT NULL,
    grade             VARCHAR(30),
    effect            VARCHAR(30),
    commendation      BOOLEAN     NOT NULL,
    third_class_merit BOOLEAN     NOT NULL,
    qualifying_years  INTEGER     NOT NULL,
    wage_step_due     BOOLEAN     NOT NULL,
    level_due         BOOLEAN     NOT NULL,
    demotion          BOOLEAN     NOT NULL,
    dismissal_flag    BOOLEAN     NOT NULL,
    CONSTRAINT consequence_record_uk UNIQUE (person_id, assessment_year)
);
