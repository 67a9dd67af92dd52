-- ID numbers, callers' phone numbers and the contacts of services are stored encrypted (README,
-- Security): the columns grow to hold the ciphertext, and ID numbers are found and kept unique by
-- their blind index instead. Existing values are encrypted at start-up, after the migrations, by
-- the platform itself (the key is not in the database).
ALTER TABLE person DROP CONSTRAINT person_id_number_uk;
ALTER TABLE person ALTER COLUMN id_number SET DATA TYPE VARCHAR(200);
ALTER TABLE person ADD COLUMN id_number_index VARCHAR(64);
CREATE UNIQUE INDEX person_id_number_index_uk ON person (id_number_index);
ALTER TABLE hotline_order ALTER COLUMN caller_phone SET DATA TYPE VARCHAR(200);
ALTER TABLE service_record ALTER COLUMN contact SET DATA TYPE VARCHAR(600);
