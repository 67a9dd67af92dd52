-- Generated documents (register forms, notices of result, publicity notices): one row per
-- document, whose id makes its number unique across every application instance; and the batch
-- jobs that write all register forms of a cycle (or of one unit) into a ZIP on disk, with their
-- progress, so any instance shows it and it survives a restart (a batch whose instance stopped
-- shows as interrupted once its progress has not moved for ten minutes).
-- Also the three particulars of a person that the register form prints and nothing held yet:
-- 政治面貌, 文化程度 and 任现职时间 (optional; HR enters them on the person page).
-- Plain SQL that H2 and PostgreSQL both run unchanged.

ALTER TABLE person ADD COLUMN political_status VARCHAR(30);
ALTER TABLE person ADD COLUMN education VARCHAR(30);
ALTER TABLE person ADD COLUMN in_position_since DATE;

CREATE SEQUENCE issued_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE issued_document (
    id              BIGINT        NOT NULL PRIMARY KEY,
    doc_number      VARCHAR(40)   NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    cycle_id        BIGINT        NOT NULL REFERENCES assessment_cycle (id),
    participant_id  BIGINT        REFERENCES participant (id),
    batch_id        BIGINT,
    issued_at       TIMESTAMP     NOT NULL,
    issued_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT issued_document_number_uk UNIQUE (doc_number)
);

CREATE INDEX issued_document_cycle_ix ON issued_document (cycle_id);

CREATE SEQUENCE document_batch_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE document_batch (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    cycle_id        BIGINT        NOT NULL REFERENCES assessment_cycle (id),
    unit_id         BIGINT        REFERENCES org_unit (id),
    status          VARCHAR(20)   NOT NULL,
    total           INTEGER       NOT NULL,
    done            INTEGER       NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    error_key       VARCHAR(100),
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    CONSTRAINT document_batch_progress_ck CHECK (done >= 0 AND done <= total)
);

CREATE INDEX document_batch_cycle_ix ON document_batch (cycle_id);
