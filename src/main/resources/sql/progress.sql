-- Statements of the progress module (see docs/progress.md).

-- name: next-seqs
-- takes :count numbers at once (a group of events of one batch); the row lock holds until commit
UPDATE progress_counters SET last_seq = last_seq + :count WHERE batch_id = :batchId

-- name: first-seq
INSERT INTO progress_counters (batch_id, last_seq) VALUES (:batchId, 0)

-- name: current-seq
SELECT last_seq FROM progress_counters WHERE batch_id = :batchId

-- name: insert-event
INSERT INTO progress_events (batch_id, seq, owner, kind, payload, created_at)
VALUES (:batchId, :seq, :owner, :kind, :payload, :now)

-- name: events-after
SELECT payload FROM progress_events
WHERE batch_id = :batchId AND seq > :after
ORDER BY seq
LIMIT :limit

-- name: delete-old-events
DELETE FROM progress_events WHERE created_at < :cutoff

-- name: event
SELECT batch_id, seq, owner, kind, payload FROM progress_events WHERE batch_id = :batchId AND seq = :seq

-- name: recent-events
SELECT batch_id, seq, owner, kind, payload FROM progress_events
WHERE created_at > :since
ORDER BY created_at, batch_id, seq

-- name: notify
SELECT 1

-- name: notify[postgresql]
SELECT pg_notify('bulkwriter_progress', :message)

-- name: notify-owner
-- a change of an export or publish job, for its owner on the other nodes (OwnerRelay)
SELECT 1

-- name: notify-owner[postgresql]
SELECT pg_notify('bulkwriter_owner_changes', :message)

-- name: delete-batch-events
-- a deleted batch's events (batch/BatchDeleted)
DELETE FROM progress_events WHERE batch_id = :batchId

-- name: delete-batch-counter
DELETE FROM progress_counters WHERE batch_id = :batchId
