-- Copy-on-write versions. The article's current text is its current version: the row in articles
-- says how that version came about (reason, author, restored_from, when), and article_versions
-- keeps only the versions that were replaced. Storing a result (the queue's hot path) thus writes
-- the text once, not twice; the text is copied into article_versions only when an edit, a restore
-- or a regenerate replaces it.

ALTER TABLE articles ADD COLUMN version_reason VARCHAR(20);
ALTER TABLE articles ADD COLUMN version_author VARCHAR(100);
ALTER TABLE articles ADD COLUMN version_restored_from INTEGER;
ALTER TABLE articles ADD COLUMN version_at TIMESTAMP WITH TIME ZONE;

-- the current version's facts move onto the article ...
UPDATE articles
SET version_reason = (SELECT v.reason FROM article_versions v
                      WHERE v.article_id = articles.id AND v.version = articles.version),
    version_author = (SELECT v.author FROM article_versions v
                      WHERE v.article_id = articles.id AND v.version = articles.version),
    version_restored_from = (SELECT v.restored_from FROM article_versions v
                             WHERE v.article_id = articles.id AND v.version = articles.version),
    version_at = (SELECT v.created_at FROM article_versions v
                  WHERE v.article_id = articles.id AND v.version = articles.version)
WHERE status = 'SUCCEEDED' AND version > 0;

-- ... and its copy goes: the article row holds that text
DELETE FROM article_versions
WHERE EXISTS (SELECT 1 FROM articles a
              WHERE a.id = article_versions.article_id AND a.status = 'SUCCEEDED'
                AND a.version = article_versions.version);
