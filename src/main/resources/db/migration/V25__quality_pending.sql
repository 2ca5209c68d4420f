-- Quality checks run in a durable background step (quality module, see docs/quality.md): the
-- transaction that stores an article's result only records here that the article needs checking;
-- the quality runner checks pending articles in chunks and deletes their rows in the transaction
-- that stores the checks' results, so a crash leaves them pending and nothing is checked twice.

CREATE TABLE quality_pending (
    article_id   UUID    NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    batch_id     UUID    NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the runner takes the oldest pending articles of one batch at a time
CREATE INDEX quality_pending_batch ON quality_pending (batch_id, queued_at);

-- finished articles written before the checks existed are checked once, too
INSERT INTO quality_pending (article_id, batch_id, queued_at)
SELECT a.id, a.batch_id, CURRENT_TIMESTAMP FROM articles a
WHERE a.status = 'SUCCEEDED'
  AND NOT EXISTS (SELECT 1 FROM article_quality q WHERE q.article_id = a.id);
