-- Named statements of the publishing module (see NamedQueries). Every read a user can trigger is
-- scoped by :owner; every statement that changes a publication's state binds :from and :to from
-- one PublicationTransition, and the worker's writes are fenced by its lease token.

-- name: insert-site
INSERT INTO sites (id, owner, name, url, username, secret, request_pace_ms, publish_defaults,
                   created_at, updated_at)
VALUES (:id, :owner, :name, :url, :username, :secret, :paceMs, :defaults, :now, :now)

-- name: find-site
SELECT id, owner, name, url, username, secret, request_pace_ms, publish_defaults, timezone,
       last_check, created_at, updated_at
FROM sites WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: list-sites
SELECT id, owner, name, url, username, secret, request_pace_ms, publish_defaults, timezone,
       last_check, created_at, updated_at
FROM sites WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)
ORDER BY name, id

-- name: update-site
UPDATE sites SET name = :name, url = :url, username = :username, secret = :secret,
                 request_pace_ms = :paceMs, publish_defaults = :defaults, timezone = NULL, last_check = NULL, checked_at = NULL, updated_at = :now
WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: record-check
UPDATE sites SET timezone = :timezone, last_check = :check, checked_at = :now WHERE id = :id

-- name: delete-site
DELETE FROM sites WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: site-running-jobs
SELECT count(*) FROM publish_jobs WHERE site_id = :siteId AND status IN (:active)

-- name: insert-job
INSERT INTO publish_jobs (id, owner, site_id, status, options, total, created_at, updated_at)
VALUES (:id, :owner, :siteId, :status, :options, :total, :now, :now)

-- name: find-job
SELECT j.id, j.owner, j.site_id, s.name AS site_name, j.status, j.status_reason, j.options,
       j.total, j.created_at, j.updated_at, j.finished_at
FROM publish_jobs j JOIN sites s ON s.id = j.site_id
WHERE j.id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR j.owner = :owner)

-- name: count-jobs
SELECT count(*) FROM publish_jobs WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: page-jobs
SELECT j.id, j.owner, j.site_id, s.name AS site_name, j.status, j.status_reason, j.options,
       j.total, j.created_at, j.updated_at, j.finished_at
FROM publish_jobs j JOIN sites s ON s.id = j.site_id
WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR j.owner = :owner)
ORDER BY j.created_at DESC, j.id
LIMIT :limit OFFSET :offset

-- name: job-counts
SELECT state, count(*) AS n FROM publications WHERE job_id = :id GROUP BY state

-- name: move-job
UPDATE publish_jobs
SET status = :to, status_reason = :reason, updated_at = :now, finished_at = :finishedAt
WHERE id = :id AND status IN (:from)

-- name: pause-site-jobs
-- the site refused us (password, capability, REST API, certificate): every running job of it waits
UPDATE publish_jobs SET status = :to, status_reason = :reason, updated_at = :now
WHERE site_id = :siteId AND status IN (:from)

-- name: complete-jobs
UPDATE publish_jobs SET status = :to, status_reason = NULL, finished_at = :now, updated_at = :now
WHERE status IN (:from)
  AND NOT EXISTS (SELECT 1 FROM publications p
                  WHERE p.job_id = publish_jobs.id AND p.state IN ('QUEUED', 'RUNNING'))

-- name: completed-since
SELECT id, owner, site_id FROM publish_jobs WHERE status = 'COMPLETED' AND finished_at = :now

-- name: find-publication
SELECT id, state FROM publications WHERE site_id = :siteId AND article_id = :articleId

-- name: insert-publication
INSERT INTO publications (id, site_id, article_id, batch_id, owner, job_id, position, state,
                          next_attempt_at, scheduled_at, created_at, updated_at)
VALUES (:id, :siteId, :articleId, :batchId, :owner, :jobId, :position, :to,
        :now, :scheduledAt, :now, :now)

-- name: requeue-publication
-- REQUEUE: a new job takes the article again; its stored post is updated (or, when the post is
-- gone and the user asked for it, forgotten so that a new one is created)
UPDATE publications
SET job_id = :jobId, position = :position, state = :to, attempts = 0, next_attempt_at = :now,
    scheduled_at = :scheduledAt, last_error = NULL, updated_at = :now,
    post_id = CASE WHEN :forget THEN NULL ELSE post_id END,
    link = CASE WHEN :forget THEN NULL ELSE link END,
    uncertain = CASE WHEN :forget THEN FALSE ELSE uncertain END
WHERE id = :id AND state IN (:from)

-- name: cancel-job-publications
UPDATE publications SET state = :to, updated_at = :now WHERE job_id = :jobId AND state IN (:from)

-- name: cancel-leftovers
-- CANCEL: a publication that was running when its job was cancelled, and came back to the queue
UPDATE publications SET state = :to, updated_at = :now
WHERE state IN (:from)
  AND EXISTS (SELECT 1 FROM publish_jobs j WHERE j.id = publications.job_id AND j.status = 'CANCELLED')

-- name: ready-sites
-- sites with a publication due now in a running job
SELECT DISTINCT p.site_id FROM publications p
WHERE p.state = 'QUEUED' AND p.next_attempt_at <= :now
  AND EXISTS (SELECT 1 FROM publish_jobs j WHERE j.id = p.job_id AND j.status = 'RUNNING')

-- name: claim
-- CLAIM: the site's first due publication, skipping rows another node holds
UPDATE publications
SET state = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires, updated_at = :now
WHERE id IN (SELECT p.id FROM publications p
             WHERE p.site_id = :siteId AND p.state IN (:from) AND p.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM publish_jobs j WHERE j.id = p.job_id AND j.status = 'RUNNING')
             ORDER BY p.position, p.id
             LIMIT 1
             FOR UPDATE SKIP LOCKED)

-- name: claim[h2]
-- CLAIM on the embedded database (one process): H2 re-checks the outer state under its row lock
UPDATE publications
SET state = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires, updated_at = :now
WHERE state IN (:from)
  AND id IN (SELECT p.id FROM publications p
             WHERE p.site_id = :siteId AND p.state IN (:from) AND p.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM publish_jobs j WHERE j.id = p.job_id AND j.status = 'RUNNING')
             ORDER BY p.position, p.id
             LIMIT 1)

-- name: claimed
SELECT p.id, p.site_id, p.article_id, p.batch_id, p.owner, p.job_id, p.attempts, p.uncertain,
       p.post_id, p.scheduled_at, j.options
FROM publications p JOIN publish_jobs j ON j.id = p.job_id
WHERE p.lease_token = :token

-- name: mark-uncertain
-- written before a create is sent: from now on the post may exist, and is looked up before
-- anything is created again
UPDATE publications SET uncertain = TRUE, updated_at = :now
WHERE id = :id AND lease_token = :token AND state = 'RUNNING'

-- name: store-post
-- the post's id is a fact about the site: stored even by a worker that lost its lease, never over
-- another post's id
UPDATE publications SET post_id = :postId, link = :link, remote_status = :remoteStatus, updated_at = :now
WHERE id = :id AND (post_id IS NULL OR post_id = :postId)

-- name: succeed
UPDATE publications
SET state = :to, uncertain = FALSE, last_error = NULL, published_at = :now,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND state IN (:from)

-- name: retry-later
UPDATE publications
SET state = :to, next_attempt_at = :nextAttemptAt, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND state IN (:from)

-- name: throttle
-- THROTTLE: back to the queue without spending the attempt
UPDATE publications
SET state = :to, attempts = attempts - 1, next_attempt_at = :nextAttemptAt, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND state IN (:from)

-- name: fail
-- FAIL or VANISH, fenced
UPDATE publications
SET state = :to, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token AND state IN (:from)

-- name: heartbeat
UPDATE publications SET lease_expires_at = :expires
WHERE id IN (:ids) AND lease_owner = :node AND state = 'RUNNING'

-- name: rescue
-- RESCUE: leases that expired (the node died or hung) go back; whether their post was created is
-- what the uncertain flag, written before every create, says
UPDATE publications
SET state = :to, next_attempt_at = :now, last_error = :error,
    lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE state IN (:from) AND lease_expires_at < :cutoff

-- name: batch-publications
SELECT p.article_id, p.site_id, s.name AS site_name, p.job_id, p.state, p.post_id, p.link,
       p.remote_status, p.scheduled_at, p.last_error, p.published_at, p.updated_at
FROM publications p JOIN sites s ON s.id = p.site_id
WHERE p.batch_id = :batchId AND (CAST(:owner AS VARCHAR(100)) IS NULL OR p.owner = :owner)
ORDER BY p.position, p.article_id

