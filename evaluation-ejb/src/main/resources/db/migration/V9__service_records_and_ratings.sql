-- Public feedback (政务服务"好差评"): the windows of a service hall, the services delivered
-- (service records), the ratings given on them, each organisation's feedback settings, and the
-- application's own secrets (the key that signs rating links).
-- Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE SEQUENCE service_window_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rating_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE feedback_policy_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform_secret (
    name   VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);

CREATE TABLE service_window (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    organisation_id   BIGINT       NOT NULL REFERENCES organisation (id),
    unit_id           BIGINT       NOT NULL REFERENCES org_unit (id),
    code              VARCHAR(20)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    active            BOOLEAN      NOT NULL,
    current_record_id BIGINT,
    CONSTRAINT service_window_code_uk UNIQUE (organisation_id, code)
);

CREATE TABLE service_record (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    version                BIGINT       NOT NULL,
    organisation_id        BIGINT       NOT NULL REFERENCES organisation (id),
    unit_id                BIGINT       NOT NULL REFERENCES org_unit (id),
    window_id              BIGINT       REFERENCES service_window (id),
    served_by_id           BIGINT       REFERENCES person (id),
    reference              VARCHAR(40)  NOT NULL,
    service_item           VARCHAR(200) NOT NULL,
    served_at              TIMESTAMP    NOT NULL,
    channel                VARCHAR(20)  NOT NULL,
    contact                VARCHAR(100),
    created_by_account_id  BIGINT,
    created_by_api_key_id  BIGINT,
    created_at             TIMESTAMP    NOT NULL,
    CONSTRAINT service_record_reference_uk UNIQUE (organisation_id, reference)
);
ALTER TABLE service_window ADD CONSTRAINT service_window_current_fk
    FOREIGN KEY (current_record_id) REFERENCES service_record (id);
CREATE INDEX service_record_served_by_ix ON service_record (served_by_id, served_at);
CREATE INDEX service_record_organisation_ix ON service_record (organisation_id, served_at);
CREATE INDEX service_record_window_ix ON service_record (window_id);

-- One original and at most one supplementary rating per service (the unique key holds even
-- when two devices submit at the same moment). organisation_id, unit_id, person_id and
-- served_on repeat the service's attribution so that the figures read one table.
CREATE TABLE rating (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    service_record_id   BIGINT       NOT NULL REFERENCES service_record (id),
    kind                VARCHAR(20)  NOT NULL,
    rating_level        INTEGER      NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    rating_comment      VARCHAR(500),
    paper_form_number   VARCHAR(40),
    rated_at            TIMESTAMP    NOT NULL,
    defaulted           BOOLEAN      NOT NULL,
    standing            VARCHAR(30)  NOT NULL,
    exclusion_reason    VARCHAR(20),
    standing_note       VARCHAR(500),
    counted             BOOLEAN      NOT NULL,
    organisation_id     BIGINT       NOT NULL REFERENCES organisation (id),
    unit_id             BIGINT       NOT NULL REFERENCES org_unit (id),
    person_id           BIGINT       REFERENCES person (id),
    served_on           DATE         NOT NULL,
    entered_by_account_id BIGINT,
    api_key_id          BIGINT,
    idempotency_key     VARCHAR(100),
    request_fingerprint VARCHAR(64),
    CONSTRAINT rating_once_uk UNIQUE (service_record_id, kind),
    CONSTRAINT rating_idempotency_uk UNIQUE (api_key_id, idempotency_key),
    CONSTRAINT rating_paper_form_uk UNIQUE (organisation_id, paper_form_number),
    CONSTRAINT rating_level_ck CHECK (rating_level BETWEEN 1 AND 5)
);
CREATE INDEX rating_person_ix ON rating (person_id, served_on);
CREATE INDEX rating_unit_ix ON rating (unit_id, served_on);
CREATE INDEX rating_organisation_ix ON rating (organisation_id, served_on);

CREATE TABLE rating_indicator (
    rating_id BIGINT      NOT NULL REFERENCES rating (id),
    indicator VARCHAR(30) NOT NULL,
    score     INTEGER     NOT NULL,
    CONSTRAINT rating_indicator_pk PRIMARY KEY (rating_id, indicator),
    CONSTRAINT rating_indicator_score_ck CHECK (score BETWEEN 1 AND 5)
);

CREATE TABLE rating_tag (
    rating_id BIGINT      NOT NULL REFERENCES rating (id),
    tag       VARCHAR(30) NOT NULL,
    CONSTRAINT rating_tag_pk PRIMARY KEY (rating_id, tag)
);

CREATE TABLE feedback_policy (
    id                      BIGINT  NOT NULL PRIMARY KEY,
    version                 BIGINT  NOT NULL,
    organisation_id         BIGINT  NOT NULL REFERENCES organisation (id),
    supplementary_days      INTEGER NOT NULL,
    default_rating_enabled  BOOLEAN NOT NULL,
    default_rating_days     INTEGER NOT NULL,
    minimum_sample          INTEGER NOT NULL,
    contact_working_days    INTEGER NOT NULL,
    rectify_working_days    INTEGER NOT NULL,
    hotline_working_days    INTEGER NOT NULL,
    hotline_extension_days  INTEGER NOT NULL,
    CONSTRAINT feedback_policy_organisation_uk UNIQUE (organisation_id)
);
