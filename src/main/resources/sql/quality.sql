-- Named statements of the quality checks (quality module, see docs/quality.md).
-- The queue's write only marks an article pending (mark-pending); the quality runner checks pending
-- articles in chunks, an edit checks its article in the edit's transaction. Reads bind :owner from
-- CurrentOwner.scope() (NULL for admins). An article with a quality_pending row is not counted as
-- checked, passing or failing until its checks are stored.

-- name: mark-pending
-- in the transaction that stores the queue's result: one cheap insert instead of the checks
INSERT INTO quality_pending (article_id, batch_id, queued_at) VALUES (:id, :batchId, :now)
ON CONFLICT DO NOTHING

-- name: pending-batches
-- batches with articles due (an article whose check failed waits until its queued_at, see defer)
SELECT DISTINCT batch_id FROM quality_pending WHERE queued_at <= :now LIMIT :limit

-- name: lock-batch
-- the embedded database has one node and one runner: nothing to lock against
SELECT TRUE

-- name: lock-batch[postgresql]
-- one runner per batch at a time across nodes, so that every article is compared with every
-- article of its batch checked before it (a transaction of another node would not see them);
-- the two-key form keeps clear of other users of advisory locks
SELECT pg_try_advisory_xact_lock(:space, :key)

-- name: claim-pending
-- the oldest pending articles of the batch; their rows are deleted in the transaction that stores
-- their checks, so a crash leaves them pending
SELECT article_id FROM quality_pending WHERE batch_id = :batchId AND queued_at <= :now
ORDER BY queued_at LIMIT :limit

-- name: claim-pending[postgresql]
SELECT article_id FROM quality_pending WHERE batch_id = :batchId AND queued_at <= :now
ORDER BY queued_at LIMIT :limit
FOR UPDATE SKIP LOCKED

-- name: defer-pending
-- an article whose checks failed on their own waits, so that it cannot hold up the others
UPDATE quality_pending SET queued_at = :until WHERE article_id = :id

-- name: delete-pending
DELETE FROM quality_pending WHERE article_id IN (:ids)

-- name: pending-count
SELECT count(*) FROM quality_pending p JOIN articles a ON a.id = p.article_id
WHERE p.batch_id = :batchId AND a.status = 'SUCCEEDED'

-- name: is-pending
SELECT count(*) FROM quality_pending WHERE article_id = :id

-- name: checked-content
-- what the checks read of finished articles, with their batch's settings and their row's
-- overrides, and whether they have stored checks to replace
SELECT a.id, a.batch_id, a.version, a.keyword, a.title, a.slug, a.meta_description, a.body,
       a.word_count, a.overrides, b.settings,
       CASE WHEN EXISTS (SELECT 1 FROM article_quality q WHERE q.article_id = a.id)
            THEN 1 ELSE 0 END AS checked
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id IN (:ids) AND a.status = 'SUCCEEDED'
ORDER BY a.ordinal

-- name: delete-quality
DELETE FROM article_quality WHERE article_id IN (:ids)

-- name: insert-quality
INSERT INTO article_quality (article_id, batch_id, version, readability, formula, signature,
                             checked_at)
VALUES (:id, :batchId, :version, :readability, :formula, :signature, :now)

-- name: delete-own-failures
-- the article's failures that depend on it alone; NEAR_DUPLICATE follows its pairs
DELETE FROM article_check_failures WHERE article_id IN (:ids) AND check_name <> 'NEAR_DUPLICATE'

-- name: insert-failure
-- ON CONFLICT: a NEAR_DUPLICATE row the article already has (from another article's check) stays
INSERT INTO article_check_failures (article_id, batch_id, check_name, detail)
VALUES (:id, :batchId, :check, :detail)
ON CONFLICT DO NOTHING

-- name: delete-bands
DELETE FROM article_minhash_bands WHERE article_id = :id

-- name: insert-band
INSERT INTO article_minhash_bands (article_id, batch_id, band_key) VALUES (:id, :batchId, :key)
ON CONFLICT DO NOTHING

-- name: candidates
-- LSH: articles of the batch sharing a band with this one, one row per shared band; the limit
-- bounds the work when many articles are nearly the same
SELECT article_id FROM article_minhash_bands
WHERE batch_id = :batchId AND band_key IN (:keys) AND article_id <> :id
LIMIT :limit

-- name: signatures
-- the candidates' signatures; one being written again (not SUCCEEDED, or written and waiting for
-- its checks) is left out: its stored signature is of its old text
SELECT q.article_id, q.signature
FROM article_quality q JOIN articles a ON a.id = q.article_id AND a.status = 'SUCCEEDED'
WHERE q.article_id IN (:ids) AND q.signature IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = q.article_id)

-- name: partners
SELECT other_id FROM article_near_duplicates WHERE article_id = :id

-- name: delete-pairs
DELETE FROM article_near_duplicates WHERE article_id = :id OR other_id = :id

-- name: insert-pair
-- ON CONFLICT: the pair another writer stored in the meantime stays
INSERT INTO article_near_duplicates (article_id, other_id, batch_id, similarity)
VALUES (:id, :otherId, :batchId, :similarity)
ON CONFLICT DO NOTHING

-- name: delete-near-duplicate-failures
DELETE FROM article_check_failures WHERE article_id IN (:ids) AND check_name = 'NEAR_DUPLICATE'

-- name: delete-lonely-near-duplicate-failures
-- partners that lost their last near-duplicate pass the check again
DELETE FROM article_check_failures
WHERE article_id IN (:ids) AND check_name = 'NEAR_DUPLICATE'
  AND NOT EXISTS (SELECT 1 FROM article_near_duplicates d
                  WHERE d.article_id = article_check_failures.article_id)

-- name: owned-batch
SELECT id FROM batches
WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: owned-article
SELECT a.id FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner)

-- name: checked-count
SELECT count(*) FROM article_quality q JOIN articles a ON a.id = q.article_id
WHERE q.batch_id = :batchId AND a.status = 'SUCCEEDED'
  AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = a.id)

-- name: failing-count
-- finished articles failing :check (NULL: any check); pending ones are not counted yet
SELECT count(*) FROM articles a
WHERE a.batch_id = :batchId AND a.status = 'SUCCEEDED'
  AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = a.id)
  AND EXISTS (SELECT 1 FROM article_check_failures f
              WHERE f.article_id = a.id
                AND (CAST(:check AS VARCHAR(40)) IS NULL OR f.check_name = :check))

-- name: failure-counts
-- the batch summary: finished articles failing each check
SELECT f.check_name, count(*) AS articles
FROM article_check_failures f JOIN articles a ON a.id = f.article_id
WHERE f.batch_id = :batchId AND a.status = 'SUCCEEDED'
  AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = a.id)
GROUP BY f.check_name

-- name: failing-articles
-- the filter "fails check X" (NULL: any), a page in row order
SELECT a.id, a.ordinal, a.keyword, a.title FROM articles a
WHERE a.batch_id = :batchId AND a.status = 'SUCCEEDED'
  AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = a.id)
  AND EXISTS (SELECT 1 FROM article_check_failures f
              WHERE f.article_id = a.id
                AND (CAST(:check AS VARCHAR(40)) IS NULL OR f.check_name = :check))
ORDER BY a.ordinal
LIMIT :limit OFFSET :offset

-- name: failures-of
SELECT article_id, check_name, detail FROM article_check_failures WHERE article_id IN (:ids)

-- name: quality-of
SELECT version, readability, formula, checked_at FROM article_quality WHERE article_id = :id

-- name: near-duplicates-of
SELECT d.other_id, d.similarity, a.keyword, a.title
FROM article_near_duplicates d JOIN articles a ON a.id = d.other_id
WHERE d.article_id = :id AND a.status = 'SUCCEEDED'
ORDER BY d.similarity DESC, a.ordinal
LIMIT 20
