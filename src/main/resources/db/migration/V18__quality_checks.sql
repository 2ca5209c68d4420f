-- Quality checks of written articles (quality module, see docs/quality.md). They are computed when
-- an article's content is stored (the queue's result, an edit, a restore) in that same transaction
-- and kept here, so that the batch page's summary and its "fails check X" filter are queries.

-- one row per checked article: when, and the numbers the badges show
CREATE TABLE article_quality (
    article_id   UUID         NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    batch_id     UUID         NOT NULL,
    version      INTEGER      NOT NULL,               -- the article version that was checked
    readability  DOUBLE PRECISION,                    -- NULL: no formula for the language
    formula      VARCHAR(40),                         -- which readability formula
    signature    VARCHAR(2000),                       -- MinHash of the text (base64 of its 32-bit minima)
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX article_quality_batch ON article_quality (batch_id);

-- one row per failed check of an article (QualityCheck); no row: passed
CREATE TABLE article_check_failures (
    article_id   UUID         NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    batch_id     UUID         NOT NULL,
    check_name   VARCHAR(40)  NOT NULL,
    detail       VARCHAR(500) NOT NULL,               -- what is wrong, shown on the badge
    PRIMARY KEY (article_id, check_name)
);

-- the batch summary (counts per check) and the filter "fails check X"
CREATE INDEX article_check_failures_batch ON article_check_failures (batch_id, check_name);

-- LSH: one row per band of the signature; articles sharing a band key are compared
CREATE TABLE article_minhash_bands (
    article_id   UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    batch_id     UUID    NOT NULL,
    band_key     BIGINT  NOT NULL,                    -- hash of the band's number and values
    PRIMARY KEY (article_id, band_key)
);

-- band_key first: H2 looks each key of an IN list up in the index only when it leads
CREATE INDEX article_minhash_bands_lookup ON article_minhash_bands (band_key, batch_id);

-- near-duplicate pairs within a batch, stored both ways (article_id, other_id) and (other_id, article_id)
CREATE TABLE article_near_duplicates (
    article_id   UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    other_id     UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    batch_id     UUID    NOT NULL,
    similarity   DOUBLE PRECISION NOT NULL,           -- estimated Jaccard similarity of the shingles
    PRIMARY KEY (article_id, other_id)
);

CREATE INDEX article_near_duplicates_other ON article_near_duplicates (other_id);
