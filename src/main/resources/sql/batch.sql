-- Named statements of the batch module (see NamedQueries). Parameters are named (:id).
-- Owner scoping: reads and changes bind :owner to the signed-in user's name, or to NULL for an
-- admin (every owner), as (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner).

-- name: insert-batch
INSERT INTO batches (id, owner, name, status, settings, total, idempotency_key, request_hash,
                     created_at, updated_at, mode)
VALUES (:id, :owner, :name, :status, :settings, :total, :idempotencyKey, :requestHash,
        :now, :now, :mode)

-- name: insert-article
INSERT INTO articles (id, batch_id, ordinal, keyword, overrides, status, attempts,
                      next_attempt_at, created_at, updated_at)
VALUES (:id, :batchId, :ordinal, :keyword, :overrides, :status, 0, :now, :now, :now)

-- name: find-batch
-- a batch being deleted (deleting_at set) is gone for its users at once
SELECT * FROM batches
WHERE id = :id AND deleting_at IS NULL AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: find-batch-by-id
-- the system's own actions (pause on a provider error), not scoped by owner
SELECT * FROM batches WHERE id = :id

-- name: find-batch-by-idempotency-key
SELECT * FROM batches WHERE owner = :owner AND idempotency_key = :key

-- name: count-unfinished-articles-of-owner
-- the per-user limit of articles queued at once
SELECT count(*) FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE b.owner = :owner AND a.status IN (:unfinished)

-- name: count-articles-submitted-since
-- the per-user limit of articles per day: submitted ones, and those put back in the queue
SELECT coalesce((SELECT sum(total) FROM batches WHERE owner = :owner AND created_at >= :since), 0)
     + coalesce((SELECT sum(articles) FROM article_requeues
                 WHERE owner = :owner AND created_at >= :since), 0)

-- name: insert-requeue
INSERT INTO article_requeues (id, owner, articles, created_at)
VALUES (:id, :owner, :articles, :now)

-- name: delete-requeues-before
DELETE FROM article_requeues WHERE owner = :owner AND created_at < :before

-- name: move-batch
-- never a batch being deleted: nothing may make it run again. The kept counts go in the same
-- statement: a batch that moves out of COMPLETED or CANCELLED is counted from its articles again;
-- one that moves into them gets them back from keep-counts, in the same transaction.
UPDATE batches
SET status = :to, status_reason = :reason, updated_at = :now, finished_at = :finishedAt,
    counts_queued = NULL, counts_running = NULL, counts_succeeded = NULL, counts_failed = NULL,
    counts_cancelled = NULL
WHERE id = :id AND status = :from AND deleting_at IS NULL

-- name: keep-counts
-- The per-state counts of a finished (COMPLETED or CANCELLED) batch, kept on its row for the
-- batches list (V24); NULL for any other status. Run after the statement that finished the batch
-- or changed its articles, in that transaction, once the batch row is locked by it: this statement
-- then counts every change committed before, and none can come until the transaction ends.
UPDATE batches
SET counts_queued = CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN
      (SELECT count(*) FROM articles a WHERE a.batch_id = batches.id AND a.status = 'QUEUED') END,
    counts_running = CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN
      (SELECT count(*) FROM articles a WHERE a.batch_id = batches.id AND a.status = 'RUNNING') END,
    counts_succeeded = CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN
      (SELECT count(*) FROM articles a WHERE a.batch_id = batches.id AND a.status = 'SUCCEEDED') END,
    counts_failed = CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN
      (SELECT count(*) FROM articles a WHERE a.batch_id = batches.id AND a.status = 'FAILED') END,
    counts_cancelled = CASE WHEN status IN ('COMPLETED', 'CANCELLED') THEN
      (SELECT count(*) FROM articles a WHERE a.batch_id = batches.id AND a.status = 'CANCELLED') END
WHERE id = :id

-- name: set-batch-mode
-- "Finish now in realtime": an economy batch's remaining articles go to the queue's workers
UPDATE batches SET mode = :mode, settings = :settings
WHERE id = :id AND mode <> :mode AND deleting_at IS NULL

-- name: set-batch-settings
-- a resume that raises the budget cap (settings.maxCostUsd), in the transaction of the move
UPDATE batches SET settings = :settings WHERE id = :id

-- name: finished-running-batches
SELECT id, owner FROM batches
WHERE status = 'RUNNING'
  AND NOT EXISTS (SELECT 1 FROM articles a
                  WHERE a.batch_id = batches.id AND a.status IN (:unfinished))

-- name: lock-batch
-- the batch row, locked until the transaction ends: taken before a change that reopens a batch and
-- before the completion check, so the two never overlap (see Batches.lock)
SELECT id FROM batches WHERE id = :id FOR UPDATE

-- name: complete-batch
UPDATE batches
SET status = 'COMPLETED', status_reason = NULL, finished_at = :now, updated_at = :now
WHERE id = :id AND status = 'RUNNING'
  AND NOT EXISTS (SELECT 1 FROM articles a
                  WHERE a.batch_id = batches.id AND a.status IN (:unfinished))

-- name: kept-counts
-- the counts kept on finished batches' rows (keep-counts); the others are counted by article-counts
SELECT id, counts_queued, counts_running, counts_succeeded, counts_failed, counts_cancelled
FROM batches
WHERE id IN (:batchIds) AND counts_succeeded IS NOT NULL

-- name: article-counts
SELECT batch_id, status, count(*) AS n FROM articles
WHERE batch_id IN (:batchIds)
GROUP BY batch_id, status

-- name: batch-keywords
-- every keyword of a batch in row order, with its own settings (a row may have its own language)
SELECT keyword, overrides FROM articles WHERE batch_id = :batchId ORDER BY ordinal

-- name: unfinished-articles
-- what is still to write (queued or running), for the forecast of the time left
SELECT keyword, overrides FROM articles WHERE batch_id = :batchId AND status IN (:unfinished)

-- name: count-articles
-- the filter of the batch page (and of bulk actions on "all matching"): state, review state, and
-- :search, a lower-case LIKE pattern on keyword or title
SELECT count(*) FROM articles
WHERE batch_id = :batchId AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
  AND (CAST(:review AS VARCHAR(20)) IS NULL OR review_state = :review)
  AND (CAST(:search AS VARCHAR(202)) IS NULL
       OR lower(keyword) LIKE :search OR lower(coalesce(title, '')) LIKE :search)

-- name: page-articles
SELECT id, ordinal, keyword, status, attempts, last_error, title, word_count, review_state,
       review_note
FROM articles
WHERE batch_id = :batchId AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
  AND (CAST(:review AS VARCHAR(20)) IS NULL OR review_state = :review)
  AND (CAST(:search AS VARCHAR(202)) IS NULL
       OR lower(keyword) LIKE :search OR lower(coalesce(title, '')) LIKE :search)
ORDER BY ordinal
LIMIT :limit OFFSET :offset

-- name: find-article
SELECT a.*, b.settings FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND b.deleting_at IS NULL AND (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner)

-- name: cancel-articles
UPDATE articles
SET status = :to, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now
WHERE batch_id = :batchId AND status IN (:from)

-- name: retry-failed-articles
UPDATE articles
SET status = :to, attempts = 0, next_attempt_at = :now, finished_at = NULL, updated_at = :now
WHERE batch_id = :batchId AND status IN (:from)

-- Reads for other modules (WrittenArticles): batches and their written articles, owner-scoped.

-- name: written-batches
SELECT b.id, b.name,
       (SELECT count(*) FROM articles a WHERE a.batch_id = b.id AND a.status = 'SUCCEEDED') AS written,
       (SELECT count(*) FROM articles a
        WHERE a.batch_id = b.id AND a.status = 'SUCCEEDED' AND a.review_state = 'APPROVED') AS approved,
       (SELECT count(*) FROM articles a WHERE a.batch_id = b.id) AS articles
FROM batches b
WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner) AND b.id IN (:ids)
  AND b.deleting_at IS NULL

-- name: matching-written-articles
-- an export of "all matching the batch page's filter": the batches' articles (finished ones unless
-- every state is asked for) by state, review state and by a search in keyword and title, in row order
SELECT a.id FROM articles a
WHERE a.batch_id IN (:batchIds) AND (:allStates OR a.status = 'SUCCEEDED')
  AND (CAST(:status AS VARCHAR(20)) IS NULL OR a.status = :status)
  AND (CAST(:review AS VARCHAR(20)) IS NULL OR a.review_state = :review)
  AND (CAST(:search AS VARCHAR(202)) IS NULL
       OR lower(a.keyword) LIKE :search OR lower(coalesce(a.title, '')) LIKE :search)
ORDER BY a.batch_id, a.ordinal

-- name: locate-articles
SELECT a.id, a.batch_id, a.status, a.review_state FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner) AND a.id IN (:ids)
  AND b.deleting_at IS NULL

-- name: written-article
-- one article with its batch's settings, for a worker acting on a stored row (publishing)
SELECT a.id, a.batch_id, a.ordinal, a.keyword, a.overrides, a.status, a.title, a.slug,
       a.meta_description, a.body, a.word_count, a.prompt_tokens, a.completion_tokens, a.cost_usd,
       a.created_at, a.finished_at, a.review_state, a.review_note, b.settings
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND b.deleting_at IS NULL

-- name: articles-after
-- one page of a batch's articles in one state after a row (keyset paging keeps memory bounded)
SELECT a.id, a.batch_id, a.ordinal, a.keyword, a.overrides, a.status, a.title, a.slug,
       a.meta_description, a.body, a.word_count, a.prompt_tokens, a.completion_tokens, a.cost_usd,
       a.created_at, a.finished_at, a.review_state, a.review_note
FROM articles a
WHERE a.batch_id = :batchId AND a.status = :status AND a.ordinal > :after
ORDER BY a.batch_id, a.status, a.ordinal
LIMIT :limit

-- name: owned-batch-settings
-- an export that reaches a batch deleted since it started finds nothing more of it
SELECT settings FROM batches
WHERE id = :id AND deleting_at IS NULL AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

