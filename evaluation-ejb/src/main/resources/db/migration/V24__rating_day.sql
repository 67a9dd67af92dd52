-- The figures of public feedback, kept per organisation, day of service, unit and person (0 for a
-- service that names no one): the original ratings counted at each level, and those pending
-- verification, held, excluded and given by default. Every change of a rating that moves it in or
-- out of a figure changes its row in the same transaction (RatingDays), so that a figure over a
-- year reads a few thousand rows instead of every rating. A unit's unnamed services of a day are
-- spread over eight rows (stripe: the rating's id modulo 8), so that an online platform's ratings
-- given at the same moment do not all wait for one row's lock; a person's day has stripe 0. The
-- figures are the sums. Plain SQL for H2 and PostgreSQL.
CREATE TABLE rating_day (
    organisation_id BIGINT NOT NULL,
    served_on       DATE   NOT NULL,
    unit_id         BIGINT NOT NULL,
    person_id       BIGINT NOT NULL,
    stripe          INTEGER NOT NULL,
    level_1         BIGINT NOT NULL,
    level_2         BIGINT NOT NULL,
    level_3         BIGINT NOT NULL,
    level_4         BIGINT NOT NULL,
    level_5         BIGINT NOT NULL,
    pending         BIGINT NOT NULL,
    held            BIGINT NOT NULL,
    excluded        BIGINT NOT NULL,
    defaulted       BIGINT NOT NULL,
    CONSTRAINT rating_day_pk PRIMARY KEY (organisation_id, served_on, unit_id, person_id, stripe)
);
CREATE INDEX rating_day_person_ix ON rating_day (person_id, served_on);
CREATE INDEX rating_day_unit_ix ON rating_day (unit_id, served_on);

INSERT INTO rating_day (organisation_id, served_on, unit_id, person_id, stripe, level_1, level_2, level_3, level_4,
                        level_5, pending, held, excluded, defaulted)
SELECT organisation_id, served_on, unit_id, COALESCE(person_id, 0),
       CASE WHEN person_id IS NULL THEN MOD(id, 8) ELSE 0 END,
       SUM(CASE WHEN counted = TRUE AND rating_level = 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN counted = TRUE AND rating_level = 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN counted = TRUE AND rating_level = 3 THEN 1 ELSE 0 END),
       SUM(CASE WHEN counted = TRUE AND rating_level = 4 THEN 1 ELSE 0 END),
       SUM(CASE WHEN counted = TRUE AND rating_level = 5 THEN 1 ELSE 0 END),
       SUM(CASE WHEN defaulted = FALSE AND standing = 'PENDING_VERIFICATION' THEN 1 ELSE 0 END),
       SUM(CASE WHEN standing = 'HELD' THEN 1 ELSE 0 END),
       SUM(CASE WHEN defaulted = FALSE AND standing = 'EXCLUDED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN defaulted = TRUE THEN 1 ELSE 0 END)
FROM rating WHERE kind = 'ORIGINAL'
GROUP BY organisation_id, served_on, unit_id, COALESCE(person_id, 0),
         CASE WHEN person_id IS NULL THEN MOD(id, 8) ELSE 0 END;

-- the figures read the rollup now; this index served the aggregates over the ratings themselves
DROP INDEX rating_figures_ix;

-- the lists of ratings, newest first, a page at a time: read backwards from the newest instead of
-- sorting every rating of the units
CREATE INDEX rating_rated_ix ON rating (rated_at, id);
