-- Named statements of article reviews and bulk actions (batch module; see docs/review.md).
-- Callers have checked the batch against the signed-in user's scope before any of these run.

-- name: review-articles
-- APPROVE / REJECT / back to UNREVIEWED; only a finished article with a result can be reviewed
UPDATE articles
SET review_state = :state, review_note = :note, reviewed_by = :by, reviewed_at = :now,
    updated_at = :now
WHERE batch_id = :batchId AND id IN (:ids) AND status = 'SUCCEEDED'

-- name: selected-articles
-- the articles of a selection, to check each one before anything changes
SELECT id, status, review_state, review_note, overrides FROM articles
WHERE batch_id = :batchId AND id IN (:ids)

-- name: matching-articles
-- "all matching the filter": the same filter as the batch page's list, every page of it; :fails
-- takes the articles failing a quality check (ANY: any check; see sql/quality.sql), not those
-- whose checks are still pending
SELECT id, status FROM articles
WHERE batch_id = :batchId AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
  AND (CAST(:review AS VARCHAR(20)) IS NULL OR review_state = :review)
  AND (CAST(:search AS VARCHAR(202)) IS NULL
       OR lower(keyword) LIKE :search OR lower(coalesce(title, '')) LIKE :search)
  AND (CAST(:fails AS VARCHAR(40)) IS NULL
       OR (status = 'SUCCEEDED'
           AND NOT EXISTS (SELECT 1 FROM quality_pending p WHERE p.article_id = articles.id)
           AND EXISTS (SELECT 1 FROM article_check_failures f
                       WHERE f.article_id = articles.id
                         AND (CAST(:fails AS VARCHAR(40)) = 'ANY' OR f.check_name = :fails))))
ORDER BY ordinal

-- name: set-article-overrides
-- a regenerate's changed settings or the reviewer's note, in the transaction that queues it again
UPDATE articles SET overrides = :overrides WHERE id = :id AND status IN (:from)

-- name: regenerate-articles
-- REGENERATE for many: finished articles back in the queue, old result and review cleared
UPDATE articles
SET status = :to, attempts = 0, next_attempt_at = :now, last_error = NULL, title = NULL,
    slug = NULL, meta_description = NULL, body = NULL, word_count = NULL, started_at = NULL,
    finished_at = NULL, updated_at = :now, review_state = 'UNREVIEWED', review_note = NULL,
    reviewed_by = NULL, reviewed_at = NULL
WHERE batch_id = :batchId AND id IN (:ids) AND status IN (:from)

-- name: delete-articles
-- never an article being written (RUNNING): a worker holds its lease; it is skipped instead
DELETE FROM articles WHERE batch_id = :batchId AND id IN (:ids) AND status IN (:deletable)

-- name: shrink-batch
-- keeps the batch's total (and so its progress) true after some of its articles were deleted
UPDATE batches SET total = total - :deleted, updated_at = :now WHERE id = :id

-- name: insert-bulk-action
INSERT INTO bulk_actions (id, owner, batch_id, action, parameters, article_ids, status, total,
                          processed, changed, skipped, created_at, finished_at, updated_at)
VALUES (:id, :owner, :batchId, :action, :parameters, :articleIds, :status, :total,
        :processed, :changed, :skipped, :now, :finishedAt, :now)

-- name: find-bulk-action
SELECT * FROM bulk_actions WHERE id = :id

-- name: bulk-actions-of-batch
SELECT * FROM bulk_actions WHERE batch_id = :batchId ORDER BY created_at DESC, id LIMIT :limit

-- name: claimable-bulk-action
-- the oldest waiting action, or a running one whose node stopped renewing its lease
SELECT id FROM bulk_actions
WHERE status IN ('QUEUED', 'RUNNING') AND (lease_expires_at IS NULL OR lease_expires_at < :now)
ORDER BY created_at
LIMIT 1
FOR UPDATE SKIP LOCKED

-- name: claimable-bulk-action[h2]
-- the embedded file has one process; the guarded take-bulk-action decides between its threads
SELECT id FROM bulk_actions
WHERE status IN ('QUEUED', 'RUNNING') AND (lease_expires_at IS NULL OR lease_expires_at < :now)
ORDER BY created_at
LIMIT 1

-- name: take-bulk-action
-- guarded again, so that two nodes never both take it even where SKIP LOCKED is not enough
UPDATE bulk_actions
SET status = 'RUNNING', lease_owner = :node, lease_expires_at = :until, updated_at = :now
WHERE id = :id AND status IN ('QUEUED', 'RUNNING')
  AND (lease_expires_at IS NULL OR lease_expires_at < :now)

-- name: advance-bulk-action
-- one chunk done, in the chunk's transaction; fenced by the lease so a node that lost it rolls back
UPDATE bulk_actions
SET processed = :processed, changed = changed + :changed, skipped = skipped + :skipped,
    lease_expires_at = :until, updated_at = :now
WHERE id = :id AND status = 'RUNNING' AND lease_owner = :node

-- name: finish-bulk-action
UPDATE bulk_actions
SET status = :status, error = :error, lease_owner = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now
WHERE id = :id AND status = 'RUNNING' AND lease_owner = :node
