-- Dyad store, schema version 6: the place mentions of each article, with their kind.
-- Until version 5 a store kept only the place each event happened in. A place mention is a
-- toponym ('Kabul') or a demonym ('Russian', standing for Russia), so that users can weigh or drop
-- demonyms; each row keeps the resolution, the resolver's score and the rule that decided it.
-- Stores of version 5 gain the empty table: their articles' mentions come with their next ingest.
-- Applying it again changes nothing.

CREATE TABLE IF NOT EXISTS place_mentions (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,                 -- raw-text offsets of the mention
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,                 -- toponym | demonym
    geonameid  BIGINT NOT NULL,                  -- places.geonameid
    resolution VARCHAR NOT NULL,                 -- city | admin2 | admin1 | country | region
    centroid   BOOLEAN NOT NULL,                 -- the point stands for a region, not a town
    score      DOUBLE NOT NULL,
    rule       VARCHAR NOT NULL                  -- the deciding rule (docs/geo.md, "Evidence")
);
