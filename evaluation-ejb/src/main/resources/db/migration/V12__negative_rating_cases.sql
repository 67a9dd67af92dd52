-- Negative-rating cases (差评工单): one per 差评, handled by the responsible leader through
-- contact, verification, rectification or explanation, feedback, revisit and closure, with the
-- six complaint-handling steps; and staff appeals (申诉复核) of a 差评 found valid, one per rating.
-- Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE SEQUENCE rating_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rating_appeal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rating_case (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    rating_id           BIGINT       NOT NULL REFERENCES rating (id),
    organisation_id     BIGINT       NOT NULL REFERENCES organisation (id),
    unit_id             BIGINT       NOT NULL REFERENCES org_unit (id),
    staff_id            BIGINT       REFERENCES person (id),
    handler_id          BIGINT       REFERENCES person (id),
    state               VARCHAR(20)  NOT NULL,
    opened_at           TIMESTAMP    NOT NULL,
    assigned_at         TIMESTAMP,
    contact_due         DATE         NOT NULL,
    contacted_at        TIMESTAMP,
    contact_note        VARCHAR(500),
    verdict             VARCHAR(20),
    evidence            VARCHAR(500),
    verified_at         TIMESTAMP,
    rectify_immediately BOOLEAN      NOT NULL,
    rectify_due         DATE,
    rectification       VARCHAR(500),
    explanation         VARCHAR(500),
    resolved_at         TIMESTAMP,
    feedback            VARCHAR(500),
    feedback_at         TIMESTAMP,
    revisit_level       INTEGER,
    revisit_note        VARCHAR(500),
    revisited_at        TIMESTAMP,
    closed_at           TIMESTAMP,
    changed_at          TIMESTAMP    NOT NULL,
    CONSTRAINT rating_case_rating_uk UNIQUE (rating_id),
    CONSTRAINT rating_case_revisit_ck CHECK (revisit_level BETWEEN 1 AND 5)
);
-- a leader's list and overdue count; the unit's cases for the dashboard
CREATE INDEX rating_case_handler_ix ON rating_case (handler_id, state);
CREATE INDEX rating_case_unit_ix ON rating_case (unit_id, state);

CREATE TABLE rating_case_step (
    case_id        BIGINT       NOT NULL REFERENCES rating_case (id),
    step           VARCHAR(30)  NOT NULL,
    note           VARCHAR(500) NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    recorded_by_id BIGINT       REFERENCES person (id),
    CONSTRAINT rating_case_step_pk PRIMARY KEY (case_id, step)
);

CREATE TABLE rating_appeal (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    rating_id       BIGINT       NOT NULL REFERENCES rating (id),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    appellant_id    BIGINT       NOT NULL REFERENCES person (id),
    claimed         VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    filed_at        TIMESTAMP    NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decided_by_id   BIGINT       REFERENCES person (id),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(500),
    CONSTRAINT rating_appeal_rating_uk UNIQUE (rating_id)
);
CREATE INDEX rating_appeal_organisation_ix ON rating_appeal (organisation_id, status);
