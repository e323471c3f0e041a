-- Dyad store, schema version 4: near-duplicate signatures by one-permutation hashing.
-- New articles get a MinHash signature of one hash per shingle (MinHash scheme 2, see MinHash)
-- instead of 128, and keep their 32 LSH band buckets in their own row (one list instead of 32
-- rows of article_bands). The two schemes' signatures are not comparable, and the old ones cannot
-- be recomputed: the store keeps no article text. So signatures written before stay, marked
-- scheme 1, and no new article is compared with them (near-duplicates of articles stored before
-- this migration are not linked); their band rows are dropped, as nothing searches them any more.
-- Applying it again changes nothing. The UPDATE comes last: DuckDB 1.4 refuses to commit a
-- transaction that alters a table after updating it.

ALTER TABLE articles ADD COLUMN IF NOT EXISTS minhash_scheme TINYINT;
-- The day the duplicate search goes by (published, else stored) and the band buckets; null for
-- articles without a scheme 2 signature.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS dedup_day DATE;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS lsh_buckets BIGINT[32];
DROP TABLE IF EXISTS article_bands;
UPDATE articles SET minhash_scheme = 1 WHERE minhash IS NOT NULL AND minhash_scheme IS NULL;
