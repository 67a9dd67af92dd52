-- The figures of public feedback read one organisation's real ratings grouped by person (the
-- committee board's public-feedback column and its bottom tenth, a person's standing). This
-- index holds every column those queries read, in the order they group, so that PostgreSQL
-- answers them from the index alone without sorting. Plain SQL for H2 and PostgreSQL.
CREATE INDEX rating_figures_ix ON rating (organisation_id, counted, person_id, served_on, rating_level);
