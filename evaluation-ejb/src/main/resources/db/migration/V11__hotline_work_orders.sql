-- 12345 hotline work orders (工单): one row per call, from its recording by an agent of the
-- receiving centre to its close; the unit figures are counted from these rows.
-- Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE SEQUENCE hotline_order_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE hotline_order (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    order_number            VARCHAR(20)   NOT NULL,
    order_type              VARCHAR(20)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    caller_name             VARCHAR(100)  NOT NULL,
    caller_phone            VARCHAR(30)   NOT NULL,
    content                 VARCHAR(2000) NOT NULL,
    centre_id               BIGINT        NOT NULL REFERENCES organisation (id),
    agent_id                BIGINT        NOT NULL REFERENCES person (id),
    received_at             TIMESTAMP     NOT NULL,
    answer                  VARCHAR(2000),
    unit_id                 BIGINT        REFERENCES org_unit (id),
    responsible_id          BIGINT        REFERENCES person (id),
    dispatched_on           DATE,
    respond_by              DATE,
    due_on                  DATE,
    accepted_at             TIMESTAMP,
    accepted_on             DATE,
    accepted_by_id          BIGINT        REFERENCES person (id),
    objection_reason        VARCHAR(500),
    objected_by_id          BIGINT        REFERENCES person (id),
    reassignments           INTEGER       NOT NULL,
    extension_reason        VARCHAR(500),
    extension_pending       BOOLEAN       NOT NULL,
    extended                BOOLEAN       NOT NULL,
    extension_decision      VARCHAR(500),
    extension_decided_by_id BIGINT        REFERENCES person (id),
    reply_text              VARCHAR(2000),
    replied_at              TIMESTAMP,
    replied_by_id           BIGINT        REFERENCES person (id),
    replied_in_time         BOOLEAN,
    revisit_level           INTEGER,
    revisit_comment         VARCHAR(500),
    revisited_at            TIMESTAMP,
    redo_count              INTEGER       NOT NULL,
    revisit_count           INTEGER       NOT NULL,
    service_record_id       BIGINT        REFERENCES service_record (id),
    merged_into_id          BIGINT        REFERENCES hotline_order (id),
    closed_at               TIMESTAMP,
    CONSTRAINT hotline_order_number_uk UNIQUE (order_number),
    CONSTRAINT hotline_order_level_ck CHECK (revisit_level BETWEEN 1 AND 5)
);
-- the figures count one unit's (or person's) orders dispatched in a period
CREATE INDEX hotline_order_unit_ix ON hotline_order (unit_id, dispatched_on);
CREATE INDEX hotline_order_responsible_ix ON hotline_order (responsible_id, dispatched_on);
-- an agent's list: the centre's orders, newest first
CREATE INDEX hotline_order_centre_ix ON hotline_order (centre_id, received_at);
CREATE INDEX hotline_order_merged_ix ON hotline_order (merged_into_id);
