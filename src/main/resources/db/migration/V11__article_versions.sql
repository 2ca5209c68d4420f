-- Every content change of an article is a version: what the queue wrote (generated, regenerated),
-- what a person saved (edited) and what a person brought back (restored). articles.version is the
-- number of the article's current version (0: never written); it is the ETag of the article and
-- the fence of optimistic locking (an edit changes the row only if it still has the version the
-- editor started from).

ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE article_versions (
    article_id       UUID          NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version          INTEGER       NOT NULL,          -- 1, 2, 3 … per article
    reason           VARCHAR(20)   NOT NULL,          -- GENERATED, REGENERATED, EDITED, RESTORED
    author           VARCHAR(100),                    -- who saved it; NULL when the queue wrote it
    restored_from    INTEGER,                         -- RESTORED: the version brought back
    title            VARCHAR(500),
    slug             VARCHAR(200),
    meta_description VARCHAR(200),
    body             VARCHAR(1000000),                -- Markdown
    word_count       INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- articles written before versions existed: their text is version 1
INSERT INTO article_versions (article_id, version, reason, title, slug, meta_description, body,
                              word_count, created_at)
SELECT id, 1, 'GENERATED', title, slug, meta_description, body, word_count,
       COALESCE(finished_at, updated_at)
FROM articles WHERE status = 'SUCCEEDED';

UPDATE articles SET version = 1 WHERE status = 'SUCCEEDED';
