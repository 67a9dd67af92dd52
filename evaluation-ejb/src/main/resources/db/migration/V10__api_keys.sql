-- API keys of the systems that call the REST API (window evaluator devices, the online service
-- platform, the 12345 system). Only the SHA-256 of each key is kept; its prefix, stored in
-- clear, finds it and tells keys apart. Revoked keys stay, for the records they created.
-- Plain SQL that H2 and PostgreSQL both run unchanged.

CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_key (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    name                VARCHAR(100) NOT NULL,
    organisation_id     BIGINT       NOT NULL REFERENCES organisation (id),
    prefix              VARCHAR(8)   NOT NULL,
    secret_hash         VARCHAR(64)  NOT NULL,
    requests_per_minute INTEGER,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(100),
    revoked_at          TIMESTAMP,
    revoked_by          VARCHAR(100),
    last_used_at        TIMESTAMP,
    CONSTRAINT api_key_prefix_uk UNIQUE (prefix),
    CONSTRAINT api_key_requests_per_minute_ck CHECK (requests_per_minute IS NULL OR requests_per_minute >= 1)
);
CREATE INDEX api_key_organisation_ix ON api_key (organisation_id);

CREATE TABLE api_key_right (
    api_key_id BIGINT      NOT NULL REFERENCES api_key (id),
    api_right  VARCHAR(40) NOT NULL,
    CONSTRAINT api_key_right_pk PRIMARY KEY (api_key_id, api_right)
);

-- The service records and ratings that came through the API name the key they came with.
ALTER TABLE service_record ADD CONSTRAINT service_record_api_key_fk
    FOREIGN KEY (created_by_api_key_id) REFERENCES api_key (id);
ALTER TABLE rating ADD CONSTRAINT rating_api_key_fk
    FOREIGN KEY (api_key_id) REFERENCES api_key (id);
