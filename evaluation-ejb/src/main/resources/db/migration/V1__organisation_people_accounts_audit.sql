-- Organisations (机关), their internal units (内设机构), people, accounts and the audit trail.
-- Plain SQL that H2 and PostgreSQL both run unchanged.
-- EclipseLink takes a value of a sequence as the last id of a block of 50: start at 50.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    name               VARCHAR(100) NOT NULL,
    head_id            BIGINT,
    committee_chair_id BIGINT,
    CONSTRAINT organisation_name_uk UNIQUE (name)
);

CREATE TABLE org_unit (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    parent_id       BIGINT       REFERENCES org_unit (id),
    name            VARCHAR(100) NOT NULL
);
CREATE INDEX org_unit_organisation_ix ON org_unit (organisation_id);
CREATE INDEX org_unit_parent_ix ON org_unit (parent_id);

CREATE TABLE person (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    gender          VARCHAR(10)  NOT NULL,
    birth_date      DATE         NOT NULL,
    id_number       VARCHAR(18)  NOT NULL,
    category        VARCHAR(30)  NOT NULL,
    position        VARCHAR(100) NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    supervisor_id   BIGINT       REFERENCES person (id),
    leader_member   BOOLEAN      NOT NULL,
    probation_start DATE,
    probation_end   DATE,
    active          BOOLEAN      NOT NULL,
    left_on         DATE,
    CONSTRAINT person_id_number_uk UNIQUE (id_number)
);
CREATE INDEX person_organisation_name_ix ON person (organisation_id, name);
CREATE INDEX person_unit_ix ON person (unit_id);
CREATE INDEX person_supervisor_ix ON person (supervisor_id);
CREATE INDEX person_name_ix ON person (name);

ALTER TABLE organisation ADD CONSTRAINT organisation_head_fk FOREIGN KEY (head_id) REFERENCES person (id);
ALTER TABLE organisation ADD CONSTRAINT organisation_chair_fk FOREIGN KEY (committee_chair_id) REFERENCES person (id);

CREATE TABLE committee_member (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    person_id       BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (organisation_id, person_id)
);

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    username             VARCHAR(40)  NOT NULL,
    password_hash        VARCHAR(300) NOT NULL,
    person_id            BIGINT       REFERENCES person (id),
    disabled             BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_person_uk UNIQUE (person_id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Append-only: the application inserts, never updates or deletes. Each entry carries the hash
-- of the one before it; audit_chain_head is the lock that keeps appends in one line.
CREATE TABLE audit_entry (
    sequence      BIGINT         NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP      NOT NULL,
    actor         VARCHAR(60)    NOT NULL,
    action        VARCHAR(40)    NOT NULL,
    subject_type  VARCHAR(40)    NOT NULL,
    subject_id    VARCHAR(40)    NOT NULL,
    before_state  VARCHAR(20000),
    after_state   VARCHAR(20000),
    previous_hash VARCHAR(64)    NOT NULL,
    hash          VARCHAR(64)    NOT NULL
);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id);

CREATE TABLE audit_chain_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
