-- Dyad store, schema version 1.
-- Statements end with a semicolon at the end of a line.

CREATE TABLE provenance (
    id                INTEGER PRIMARY KEY,
    fingerprint       VARCHAR NOT NULL UNIQUE,   -- sha-256 of version and sorted dictionary hashes
    dyad_version      VARCHAR NOT NULL,
    dictionary_hashes VARCHAR NOT NULL,          -- JSON object: dictionary name -> hash
    first_seen        TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    seq          BIGINT NOT NULL,                -- ingest order
    url          VARCHAR,
    title        VARCHAR,
    published    DATE,
    source       VARCHAR,                        -- outlet, by default the URL host
    content_hash VARCHAR NOT NULL,               -- sha-256 of the raw text, hex
    text_chars   INTEGER NOT NULL,
    minhash      INTEGER[128],                   -- MinHash signature, null for empty text
    ingested_at  TIMESTAMP NOT NULL              -- UTC
);

CREATE TABLE article_bands (
    day        DATE NOT NULL,                    -- published, else stored, date: limits the search
    bucket     BIGINT NOT NULL,                  -- hash of a band number and its four MinHash values
    article_id VARCHAR NOT NULL
);

CREATE TABLE article_duplicates (
    article_id   VARCHAR NOT NULL,               -- the later copy
    duplicate_of VARCHAR NOT NULL,               -- the first-stored article of its cluster
    similarity   DOUBLE NOT NULL,                -- estimated Jaccard similarity of word 3-shingles
    detected_at  TIMESTAMP NOT NULL
);

CREATE TABLE places (
    geonameid BIGINT PRIMARY KEY,
    name      VARCHAR NOT NULL,
    country   VARCHAR,
    admin1    VARCHAR,
    lat       DOUBLE NOT NULL,
    lon       DOUBLE NOT NULL
);

CREATE TABLE incidents (
    id             BIGINT NOT NULL,
    incident_key   VARCHAR NOT NULL,             -- source|target|cameo|geonameid
    source_code    VARCHAR NOT NULL,
    target_code    VARCHAR,
    cameo          VARCHAR NOT NULL,
    geonameid      BIGINT,
    anchor_date    DATE,                         -- date of the first event; events within a day join
    first_date     DATE,
    last_date      DATE,
    first_event_id BIGINT NOT NULL,
    num_events     INTEGER NOT NULL,
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL
);

CREATE TABLE events (
    id               BIGINT NOT NULL,            -- store-wide event id (GDELT GlobalEventID)
    article_id       VARCHAR NOT NULL,
    coder_event_id   VARCHAR NOT NULL,           -- Event.eventId, unique within its article
    sentence_index   INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,           -- all spans are raw-text offsets
    sentence_end     INTEGER NOT NULL,
    sentence_text    VARCHAR NOT NULL,
    source_code      VARCHAR NOT NULL,
    source_text      VARCHAR NOT NULL,
    source_start     INTEGER NOT NULL,
    source_end       INTEGER NOT NULL,
    source_antecedent       VARCHAR,             -- what a pronoun or description refers to
    source_antecedent_start INTEGER,
    source_antecedent_end   INTEGER,
    target_code      VARCHAR,
    target_text      VARCHAR,
    target_start     INTEGER,
    target_end       INTEGER,
    target_antecedent       VARCHAR,
    target_antecedent_start INTEGER,
    target_antecedent_end   INTEGER,
    cameo            VARCHAR NOT NULL,
    quad_class       TINYINT NOT NULL,           -- Phoenix convention, 0 neutral .. 4 material conflict
    goldstein        DOUBLE NOT NULL,
    plover_type      VARCHAR NOT NULL,
    plover_mode      VARCHAR,
    plover_context   VARCHAR,
    factuality       VARCHAR NOT NULL,
    confidence       DOUBLE NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    rule             VARCHAR NOT NULL,
    mention_count    INTEGER NOT NULL,           -- 1 + further mentions in the article
    event_date       DATE,                       -- the event's own date, else the article's
    geonameid        BIGINT,                     -- places.geonameid
    dead             BIGINT,
    injured          BIGINT,
    arrested         BIGINT,
    participants     BIGINT,
    incident_id      BIGINT NOT NULL,
    provenance_id    INTEGER NOT NULL,
    cameo_root       VARCHAR GENERATED ALWAYS AS (substr(cameo, 1, 2)) VIRTUAL,
    source_country   VARCHAR GENERATED ALWAYS AS (substr(source_code, 1, 3)) VIRTUAL,
    source_sector    VARCHAR GENERATED ALWAYS AS (CASE WHEN length(source_code) >= 6 THEN substr(source_code, 4, 3) END) VIRTUAL,
    target_country   VARCHAR GENERATED ALWAYS AS (substr(target_code, 1, 3)) VIRTUAL,
    target_sector    VARCHAR GENERATED ALWAYS AS (CASE WHEN length(target_code) >= 6 THEN substr(target_code, 4, 3) END) VIRTUAL
);

-- Further sentences of an article that describe the same event.
CREATE TABLE mentions (
    event_id   BIGINT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL
);

-- Actors live in their event's row (one append per event keeps ingest fast); this view gives
-- one row per actor mention.
CREATE VIEW actors AS
    SELECT id AS event_id, 'source' AS role, source_code AS code, source_text AS text,
           source_start AS span_start, source_end AS span_end, source_antecedent AS antecedent_text,
           source_antecedent_start AS antecedent_start, source_antecedent_end AS antecedent_end
    FROM events
    UNION ALL
    SELECT id, 'target', target_code, target_text, target_start, target_end, target_antecedent,
           target_antecedent_start, target_antecedent_end
    FROM events WHERE target_code IS NOT NULL;
