-- Named statements of the queue (see NamedQueries). Every statement that changes an article's
-- state binds :from and :to from one ArticleTransition, so it cannot leave the transition table.

-- name: ready-batches
-- running batches of one mode (realtime: the queue's workers; economy: provider batches) that
-- have at least one article ready to claim now
SELECT b.id FROM batches b
WHERE b.status = 'RUNNING' AND b.deleting_at IS NULL AND b.mode = :mode
  AND EXISTS (SELECT 1 FROM articles a
              WHERE a.batch_id = b.id AND a.status = 'QUEUED' AND a.next_attempt_at <= :now)

-- name: claim
-- CLAIM: the first ready articles of one batch, in row order, skipping rows another node holds
UPDATE articles
SET status = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires, started_at = :now, updated_at = :now
WHERE id IN (SELECT a.id FROM articles a
             WHERE a.batch_id = :batchId AND a.status IN (:from) AND a.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM batches b WHERE b.id = a.batch_id AND b.status = 'RUNNING'
                           AND b.deleting_at IS NULL)
             ORDER BY a.ordinal
             LIMIT :limit
             FOR UPDATE SKIP LOCKED)

-- name: claim[h2]
-- CLAIM on the embedded database. H2 2.4 accepts FOR UPDATE SKIP LOCKED but applies the LIMIT
-- before skipping locked rows and materialises every candidate under the lock (about 50 ms per
-- claim with 10,000 queued rows, against 0.3 ms without). The embedded file is opened by one
-- process only, so no other node competes; two claimers in one process still cannot both win a
-- row, because H2 re-checks the outer status condition under the row lock.
-- ORDER BY names the whole index prefix so that H2 walks articles_batch_status in order and
-- stops after :limit rows instead of sorting the batch.
UPDATE articles
SET status = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires, started_at = :now, updated_at = :now
WHERE status IN (:from)
  AND id IN (SELECT a.id FROM articles a
             WHERE a.batch_id = :batchId AND a.status IN (:from) AND a.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM batches b WHERE b.id = a.batch_id AND b.status = 'RUNNING'
                           AND b.deleting_at IS NULL)
             ORDER BY a.batch_id, a.status, a.ordinal
             LIMIT :limit)

-- name: claimed
SELECT a.id, a.batch_id, a.keyword, a.overrides, a.attempts, b.settings
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.lease_token = :token

-- name: succeed
-- SUCCEED, fenced: only the claim that holds the lease may store its result. The result becomes
-- the article's next version (editing's copy-on-write versions, V22): the row is the current
-- version, the replaced text was copied to article_versions when the article was regenerated.
UPDATE articles
SET status = :to, title = :title, slug = :slug, meta_description = :metaDescription,
    body = :body, word_count = :wordCount, last_error = NULL,
    prompt_tokens = prompt_tokens + :promptTokens,
    completion_tokens = completion_tokens + :completionTokens, cost_usd = cost_usd + :cost,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now,
    version = version + 1, version_reason = CASE WHEN version = 0 THEN 'GENERATED' ELSE 'REGENERATED' END,
    version_author = NULL, version_restored_from = NULL, version_at = :now
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: adopt
-- ADOPT: a paid answer that arrived after its lease was rescued (the database was away for longer
-- than a lease). Nobody has taken the article since: it is still queued with the claim's attempt
-- count (a new claim counts up, a regenerate starts again from 0), so the answer is stored, not paid
-- for a second time.
UPDATE articles
SET status = :to, title = :title, slug = :slug, meta_description = :metaDescription,
    body = :body, word_count = :wordCount, last_error = NULL,
    prompt_tokens = prompt_tokens + :promptTokens,
    completion_tokens = completion_tokens + :completionTokens, cost_usd = cost_usd + :cost,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now,
    version = version + 1, version_reason = CASE WHEN version = 0 THEN 'GENERATED' ELSE 'REGENERATED' END,
    version_author = NULL, version_restored_from = NULL, version_at = :now
WHERE id = :id AND status IN (:from) AND lease_token IS NULL AND attempts = :attempts

-- name: add-batch-usage
-- the batch's running token and cost totals, in the transaction that stores the article
UPDATE batches
SET prompt_tokens = prompt_tokens + :promptTokens,
    completion_tokens = completion_tokens + :completionTokens, cost_usd = cost_usd + :cost
WHERE id = :batchId

-- name: retry-later
-- RETRY_LATER, fenced
UPDATE articles
SET status = :to, next_attempt_at = :nextAttemptAt, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: fail
-- FAIL, fenced
UPDATE articles
SET status = :to, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    finished_at = :now, updated_at = :now
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: heartbeat
-- extends the leases of the articles a worker of this node still holds (never of a claim whose
-- worker ended: that one must expire and be rescued)
UPDATE articles SET lease_expires_at = :expires
WHERE id = :id AND lease_owner = :node AND status = 'RUNNING'

-- name: ping
-- does the database answer? (the heartbeat's probe when this node holds no lease)
SELECT 1

-- The three moves below change articles of many batches at once; each answers how many articles
-- of each batch it moved (batch_id, n), which the queue announces as one event per batch. The
-- rescues spare the leases of one owner (:spare): at the start of the embedded database, those of
-- articles at a provider (economy mode), which their provider batch resumes.

-- name: fail-expired
-- FAIL: a lease expired (the worker died or hung) and no attempt is left
WITH moved AS (
  UPDATE articles
  SET status = :to, last_error = :error,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
      finished_at = :now, updated_at = :now
  WHERE status IN (:from) AND lease_expires_at < :cutoff AND lease_owner <> :spare AND attempts >= :maxAttempts
  RETURNING batch_id)
SELECT batch_id, count(*) AS n FROM moved GROUP BY batch_id

-- name: fail-expired[h2]
-- H2 has no UPDATE … RETURNING; its data change delta table gives the same rows
SELECT batch_id, count(*) AS n FROM FINAL TABLE (
  UPDATE articles
  SET status = :to, last_error = :error,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
      finished_at = :now, updated_at = :now
  WHERE status IN (:from) AND lease_expires_at < :cutoff AND lease_owner <> :spare AND attempts >= :maxAttempts)
GROUP BY batch_id

-- name: rescue-expired
-- RESCUE: a lease expired; the article goes back to the queue (the attempt stays counted)
WITH moved AS (
  UPDATE articles
  SET status = :to, next_attempt_at = :now, last_error = :error,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
  WHERE status IN (:from) AND lease_expires_at < :cutoff AND lease_owner <> :spare
  RETURNING batch_id)
SELECT batch_id, count(*) AS n FROM moved GROUP BY batch_id

-- name: rescue-expired[h2]
SELECT batch_id, count(*) AS n FROM FINAL TABLE (
  UPDATE articles
  SET status = :to, next_attempt_at = :now, last_error = :error,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
  WHERE status IN (:from) AND lease_expires_at < :cutoff AND lease_owner <> :spare)
GROUP BY batch_id

-- name: release
-- RELEASE: a node shutting down hands back what it could not finish, without using an attempt
WITH moved AS (
  UPDATE articles
  SET status = :to, attempts = attempts - 1, next_attempt_at = :now,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
  WHERE lease_owner = :node AND status IN (:from)
  RETURNING batch_id)
SELECT batch_id, count(*) AS n FROM moved GROUP BY batch_id

-- name: release[h2]
SELECT batch_id, count(*) AS n FROM FINAL TABLE (
  UPDATE articles
  SET status = :to, attempts = attempts - 1, next_attempt_at = :now,
      lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
  WHERE lease_owner = :node AND status IN (:from))
GROUP BY batch_id

-- name: depth
SELECT status, count(*) AS n FROM articles GROUP BY status

-- name: throttle
-- THROTTLE, fenced: rate limited, provider paused or unavailable; the attempt is given back and
-- the article waits until :nextAttemptAt
UPDATE articles
SET status = :to, attempts = attempts - 1, next_attempt_at = :nextAttemptAt, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: held-count
-- articles a provider batch still holds under its token (their outcome not stored yet)
SELECT count(*) FROM articles WHERE lease_token = :token AND status = 'RUNNING'
