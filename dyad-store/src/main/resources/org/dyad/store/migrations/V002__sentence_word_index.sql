-- Dyad store, schema version 2: a word index for text search.
-- Each event keeps the distinct 32-bit keys of its sentence's words and pairs of adjacent words
-- (see Words.indexKeys), so a text query tests a short integer list instead of scanning every
-- sentence. Ingest fills it; the migration's backfill step (WordIndex.backfill) fills it for the
-- events already stored.

ALTER TABLE events ADD COLUMN sentence_words INTEGER[];
