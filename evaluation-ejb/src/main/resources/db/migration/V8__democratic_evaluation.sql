-- Democratic evaluation (民主测评): one ballot per assessment cycle, its candidates, the people
-- listed as voters, the voting tokens and the votes. Plain SQL that H2 and PostgreSQL both run
-- unchanged.
--
-- Voters stay anonymous by the shape of the tables: ballot_voter says who may vote and whether
-- they have received a token (a yes/no, nothing more); ballot_token holds only the SHA-256 of each
-- token, keyed by it, with its group and whether it is used; ballot_vote holds only ballot, group,
-- candidate and grade, without even a key. No column refers from one to another, none holds a
-- time, and neither tokens nor votes take ids from a sequence.

CREATE SEQUENCE ballot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ballot_voter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ballot (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    cycle_id      BIGINT       NOT NULL REFERENCES assessment_cycle (id),
    title         VARCHAR(100) NOT NULL,
    minimum_votes INTEGER      NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    opened_on     DATE,
    closed_on     DATE,
    CONSTRAINT ballot_cycle_uk UNIQUE (cycle_id),
    CONSTRAINT ballot_minimum_votes_ck CHECK (minimum_votes >= 3)
);

CREATE TABLE ballot_candidate (
    ballot_id      BIGINT NOT NULL REFERENCES ballot (id),
    participant_id BIGINT NOT NULL REFERENCES participant (id),
    PRIMARY KEY (ballot_id, participant_id)
);
CREATE INDEX ballot_candidate_participant_ix ON ballot_candidate (participant_id);

CREATE TABLE ballot_voter (
    id          BIGINT      NOT NULL PRIMARY KEY,
    ballot_id   BIGINT      NOT NULL REFERENCES ballot (id),
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    voter_group VARCHAR(30) NOT NULL,
    received    BOOLEAN     NOT NULL,
    CONSTRAINT ballot_voter_uk UNIQUE (ballot_id, person_id)
);
CREATE INDEX ballot_voter_person_ix ON ballot_voter (person_id);

CREATE TABLE ballot_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    ballot_id   BIGINT      NOT NULL REFERENCES ballot (id),
    voter_group VARCHAR(30) NOT NULL,
    used        BOOLEAN     NOT NULL
);
CREATE INDEX ballot_token_ballot_ix ON ballot_token (ballot_id);

CREATE TABLE ballot_vote (
    ballot_id    BIGINT      NOT NULL REFERENCES ballot (id),
    voter_group  VARCHAR(30) NOT NULL,
    candidate_id BIGINT      NOT NULL REFERENCES participant (id),
    grade        VARCHAR(30) NOT NULL
);
CREATE INDEX ballot_vote_ballot_ix ON ballot_vote (ballot_id, candidate_id);
