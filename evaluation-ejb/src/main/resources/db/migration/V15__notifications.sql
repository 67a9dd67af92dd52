-- Notifications: each person's inbox, the mails that repeat it (an outbox sent after the action's
-- commit and retried until the mail server takes them), what each person chose about e-mail, the
-- reminder settings of each organisation, and the reminders already sent (claimed under a key, so
-- that several instances on one database send each at most once). Plain SQL for H2 and PostgreSQL.

ALTER TABLE person ADD COLUMN email VARCHAR(254);

CREATE SEQUENCE inbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE inbox_message (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES person (id),
    kind         VARCHAR(20)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    arguments    VARCHAR(2000),
    link         VARCHAR(300),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP
);
-- the unread count in every page's header: one lookup of the reader's unread rows
CREATE INDEX inbox_message_unread_ix ON inbox_message (recipient_id, read_at);
-- the inbox page: the reader's newest first
CREATE INDEX inbox_message_recipient_ix ON inbox_message (recipient_id, id);

CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    message_id      BIGINT        NOT NULL REFERENCES inbox_message (id),
    address         VARCHAR(254)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT mail_outbox_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX mail_outbox_due_ix ON mail_outbox (status, next_attempt_at);

CREATE TABLE notification_preference (
    person_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES person (id),
    email_muted BOOLEAN NOT NULL
);

CREATE TABLE reminder_policy (
    organisation_id BIGINT  NOT NULL PRIMARY KEY REFERENCES organisation (id),
    version         BIGINT  NOT NULL,
    assessment_days INTEGER NOT NULL,
    feedback_days   INTEGER NOT NULL,
    remind_overdue  BOOLEAN NOT NULL,
    CONSTRAINT reminder_policy_days_ck CHECK (assessment_days BETWEEN 0 AND 20 AND feedback_days BETWEEN 0 AND 20)
);

CREATE TABLE reminder_sent (
    kind         VARCHAR(20) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    recipient_id BIGINT      NOT NULL REFERENCES person (id),
    stage        VARCHAR(10) NOT NULL,
    deadline     DATE        NOT NULL,
    sent_at      TIMESTAMP   NOT NULL,
    CONSTRAINT reminder_sent_pk PRIMARY KEY (kind, subject_id, recipient_id, stage, deadline)
);
