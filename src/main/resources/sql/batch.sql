-- Named statements of the batch module (see NamedQueries). Parameters are named (:id).

-- name: insert-batch
INSERT INTO batches (id, owner, name, status, settings, total, idempotency_key, request_hash,
                     created_at, updated_at)
VALUES (:id, :owner, :name, :status, :settings, :total, :idempotencyKey, :requestHash,
        :now, :now)

-- name: insert-article
INSERT INTO articles (id, batch_id, ordinal, keyword, overrides, status, attempts,
                      next_attempt_at, created_at, updated_at)
VALUES (:id, :batchId, :ordinal, :keyword, :overrides, :status, 0, :now, :now, :now)

-- name: find-batch
SELECT * FROM batches WHERE id = :id AND owner = :owner

-- name: find-batch-by-id
-- the system's own actions (pause on a provider error), not scoped by owner
SELECT * FROM batches WHERE id = :id

-- name: find-batch-by-idempotency-key
SELECT * FROM batches WHERE owner = :owner AND idempotency_key = :key

-- name: count-batches
SELECT count(*) FROM batches
WHERE owner = :owner AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)

-- name: page-batches
SELECT * FROM batches
WHERE owner = :owner AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
ORDER BY created_at DESC, id
LIMIT :limit OFFSET :offset

-- name: move-batch
UPDATE batches
SET status = :to, status_reason = :reason, updated_at = :now, finished_at = :finishedAt
WHERE id = :id AND status = :from

-- name: set-batch-settings
-- a resume that raises the budget cap (settings.maxCostUsd), in the transaction of the move
UPDATE batches SET settings = :settings WHERE id = :id

-- name: complete-finished-batches
UPDATE batches
SET status = 'COMPLETED', status_reason = NULL, finished_at = :now, updated_at = :now
WHERE status = 'RUNNING'
  AND NOT EXISTS (SELECT 1 FROM articles a
                  WHERE a.batch_id = batches.id AND a.status IN (:unfinished))

-- name: article-counts
SELECT batch_id, status, count(*) AS n FROM articles
WHERE batch_id IN (:batchIds)
GROUP BY batch_id, status

-- name: count-articles
SELECT count(*) FROM articles
WHERE batch_id = :batchId AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)

-- name: page-articles
SELECT id, ordinal, keyword, status, attempts, last_error, title, word_count FROM articles
WHERE batch_id = :batchId AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
ORDER BY ordinal
LIMIT :limit OFFSET :offset

-- name: find-article
SELECT a.*, b.settings FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND b.owner = :owner

-- name: cancel-articles
UPDATE articles
SET status = :to, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now
WHERE batch_id = :batchId AND status IN (:from)

-- name: retry-failed-articles
UPDATE articles
SET status = :to, attempts = 0, next_attempt_at = :now, finished_at = NULL, updated_at = :now
WHERE batch_id = :batchId AND status IN (:from)
