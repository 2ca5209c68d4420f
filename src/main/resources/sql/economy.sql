-- Named statements of economy mode: provider batches (see V17__economy_mode.sql). A provider batch
-- is leased like a publication: any node may advance it once its lease is free or expired.

-- name: insert
-- the intent, stored before anything is uploaded; leased by the node that prepares it
INSERT INTO provider_batches (id, batch_id, provider, state, requests, next_run_at,
                              lease_owner, lease_token, lease_expires_at, created_at, updated_at)
VALUES (:id, :batchId, :provider, :state, 0, :now, :node, :token, :expires, :now, :now)

-- name: delete-empty
-- an intent that claimed no article is dropped again
DELETE FROM provider_batches WHERE id = :id AND requests = 0 AND state = 'PREPARED'

-- name: set-requests
UPDATE provider_batches SET requests = :requests, bytes = :bytes, updated_at = :now WHERE id = :id

-- name: claim-due
-- the first provider batch whose next step is due and whose lease is free, skipping rows another
-- node is claiming
UPDATE provider_batches
SET lease_owner = :node, lease_token = :token, lease_expires_at = :expires, updated_at = :now
WHERE id IN (SELECT p.id FROM provider_batches p
             WHERE p.state IN (:active) AND p.next_run_at <= :now
               AND (p.lease_expires_at IS NULL OR p.lease_expires_at < :now)
             ORDER BY p.next_run_at
             LIMIT 1
             FOR UPDATE SKIP LOCKED)

-- name: claim-due[h2]
-- the embedded database (one process): H2 re-checks the outer lease condition under its row lock
UPDATE provider_batches
SET lease_owner = :node, lease_token = :token, lease_expires_at = :expires, updated_at = :now
WHERE (lease_expires_at IS NULL OR lease_expires_at < :now)
  AND id IN (SELECT p.id FROM provider_batches p
             WHERE p.state IN (:active) AND p.next_run_at <= :now
               AND (p.lease_expires_at IS NULL OR p.lease_expires_at < :now)
             ORDER BY p.next_run_at
             LIMIT 1)

-- name: claimed
SELECT * FROM provider_batches WHERE lease_token = :token

-- name: find
SELECT * FROM provider_batches WHERE id = :id

-- name: of-batch
SELECT * FROM provider_batches WHERE batch_id = :batchId ORDER BY created_at

-- name: remote-taken
-- whether another intent already holds a provider batch (one found again by what the provider shows
-- of it, for providers without metadata, must not be one another intent holds)
SELECT COUNT(*) FROM provider_batches
WHERE provider = :provider AND remote_id = :remoteId AND id <> :except

-- name: mark-upload-sent
-- written before an upload is sent: from now on the file may exist, and is looked up first
UPDATE provider_batches SET upload_sent = TRUE, updated_at = :now
WHERE id = :id AND lease_token = :token

-- name: mark-create-sent
-- written before a create is sent: from now on the batch may exist, and is looked up first
UPDATE provider_batches SET create_sent = TRUE, updated_at = :now
WHERE id = :id AND lease_token = :token

-- name: store-file
-- the file id is a fact about the provider: stored even by a node that lost its lease, never over
-- another file's id
UPDATE provider_batches SET file_id = :fileId, state = :to, attempts = 0, last_error = NULL,
       updated_at = :now
WHERE id = :id AND (file_id IS NULL OR file_id = :fileId) AND state IN (:from)

-- name: store-remote
-- the provider batch's id, likewise stored the moment it is known
UPDATE provider_batches SET remote_id = :remoteId, state = :to, attempts = 0, last_error = NULL,
       updated_at = :now
WHERE id = :id AND (remote_id IS NULL OR remote_id = :remoteId) AND state IN (:from)

-- name: progress
-- what the provider says about it now
UPDATE provider_batches
SET remote_status = :remoteStatus, completed = :completed, failed = :failed,
    expires_at = :expiresAt, attempts = 0, last_error = NULL, updated_at = :now
WHERE id = :id AND lease_token = :token

-- name: add-stored
UPDATE provider_batches SET stored = stored + :n, updated_at = :now WHERE id = :id

-- name: move
UPDATE provider_batches
SET state = :to, last_error = :error, finished_at = :finishedAt, updated_at = :now
WHERE id = :id AND lease_token = :token AND state IN (:from)

-- name: renew
UPDATE provider_batches SET lease_expires_at = :expires WHERE id = :id AND lease_token = :token

-- name: release
-- the step is done (or failed): the lease is given up and the next step is due at :next
UPDATE provider_batches
SET lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, next_run_at = :next,
    attempts = :attempts, last_error = :error, updated_at = :now
WHERE id = :id AND lease_token = :token

-- name: release-node
-- a node stopping gives up the provider batches it holds, so any node resumes them at once
UPDATE provider_batches
SET lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE lease_owner = :node

-- name: release-all
-- the embedded database is opened by one process: what an earlier run held is free at start
UPDATE provider_batches
SET lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL, updated_at = :now
WHERE lease_owner IS NOT NULL

-- name: finish-realtime
-- "Finish now in realtime": the provider batches of a batch are cancelled at their next step and
-- what they did not answer goes back to the queue (the batch itself is in realtime mode by then)
UPDATE provider_batches SET finish_realtime = TRUE, next_run_at = :now, updated_at = :now
WHERE batch_id = :batchId AND state IN (:active)
