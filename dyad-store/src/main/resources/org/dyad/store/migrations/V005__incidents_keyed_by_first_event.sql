-- Dyad store, schema version 5: an incident's key columns are those of its first event.
-- Every event of an incident has the incident's source code, target code, CAMEO code and place,
-- so incident_key (source|target|cameo|geonameid), source_code, target_code, cameo and geonameid
-- repeated what events.id = incidents.first_event_id gives. Only the writer used them, to look
-- incidents up, and it now holds the incidents that new events may join in memory. Dropping them
-- halves the bytes each new incident adds to DuckDB's write-ahead log at every commit.
-- Applying it again changes nothing.

ALTER TABLE incidents DROP COLUMN IF EXISTS incident_key;
ALTER TABLE incidents DROP COLUMN IF EXISTS source_code;
ALTER TABLE incidents DROP COLUMN IF EXISTS target_code;
ALTER TABLE incidents DROP COLUMN IF EXISTS cameo;
ALTER TABLE incidents DROP COLUMN IF EXISTS geonameid;
