-- Democratic evaluation: papers nobody can link to a token or a voter, and no stuffing.
--
-- A used token is no longer marked on its own row: casting writes ballot_spent, keyed by a second
-- hash of the token (SHA-256 of 'spent:' and the token) that nothing else holds, so that neither a
-- value nor a transaction leads from a token row to the paper cast with it. Closing a ballot writes
-- its votes and spent marks anew, in shuffled order, in one transaction.
--
-- A token says where it came from (printed by HR, fetched by the voter), and a token printed for a
-- listed voter says whose it is: the voter sees that it was printed and may have it cancelled.
ALTER TABLE ballot_token ADD COLUMN source VARCHAR(10);
ALTER TABLE ballot_token ADD COLUMN voter_id BIGINT REFERENCES ballot_voter (id);
ALTER TABLE ballot_token ADD COLUMN cancelled BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE ballot_token SET source = 'PRINTED' WHERE voter_group = 'SERVICE_RECIPIENTS';
CREATE INDEX ballot_token_voter_ix ON ballot_token (voter_id);
ALTER TABLE ballot_voter ADD COLUMN printed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE ballot_spent (
    spent_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    ballot_id   BIGINT      NOT NULL REFERENCES ballot (id),
    voter_group VARCHAR(30) NOT NULL,
    source      VARCHAR(10)
);
CREATE INDEX ballot_spent_ballot_ix ON ballot_spent (ballot_id);
-- tokens used before: their marks carry over (they were linkable to their tokens already)
INSERT INTO ballot_spent (spent_hash, ballot_id, voter_group, source)
SELECT 'before-' || SUBSTRING(token_hash, 1, 57), ballot_id, voter_group, source FROM ballot_token WHERE used = TRUE;
ALTER TABLE ballot_token DROP COLUMN used;
