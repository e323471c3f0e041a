-- Dyad store, schema version 5: incidents without the incident_key text.
-- The key (source|target|cameo|geonameid) repeats the incident's source_code, target_code, cameo
-- and geonameid columns; only the writer used it, to look incidents up, and it now holds the
-- incidents that new events may join in memory, keyed by those columns. Dropping the text saves a
-- quarter of the bytes each new incident adds to DuckDB's write-ahead log at every commit.
-- Applying it again changes nothing.

ALTER TABLE incidents DROP COLUMN IF EXISTS incident_key;
