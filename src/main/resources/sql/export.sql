-- Named statements of the export module (see NamedQueries). Every read a user can trigger is
-- scoped by :owner; status changes bind :from and :to from ExportStatus.

-- name: insert-export
INSERT INTO exports (id, owner, status, formats, layout, batches, article_ids, all_articles,
                     approved_only, file_name, total, processed, chunk_size, created_at,
                     expires_at, updated_at)
VALUES (:id, :owner, :status, :formats, :layout, :batches, :articleIds, :allArticles,
        :approvedOnly, :fileName, :total, 0, :chunkSize, :now, :expiresAt, :now)

-- name: find-export
SELECT id, owner, status, formats, layout, batches, all_articles, file_name, total, processed,
       size_bytes, sha256, chunk_size, error, created_at, started_at, finished_at, expires_at,
       updated_at, CASE WHEN article_ids IS NULL THEN 0 ELSE 1 END AS chosen
FROM exports WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: count-exports
SELECT count(*) FROM exports WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: page-exports
SELECT id, owner, status, formats, layout, batches, all_articles, file_name, total, processed,
       size_bytes, sha256, chunk_size, error, created_at, started_at, finished_at, expires_at,
       updated_at, CASE WHEN article_ids IS NULL THEN 0 ELSE 1 END AS chosen
FROM exports WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)
ORDER BY created_at DESC, id
LIMIT :limit OFFSET :offset

-- name: owner-usage
-- the per-user export limits: exports queued or running, and bytes of finished archives kept
SELECT count(CASE WHEN status IN (:active) THEN 1 END) AS active,
       coalesce(sum(CASE WHEN status = :stored THEN size_bytes END), 0) AS stored
FROM exports WHERE owner = :owner

-- name: article-ids
SELECT article_ids FROM exports WHERE id = :id

-- name: approved-only
SELECT approved_only FROM exports WHERE id = :id

-- name: touch
UPDATE exports SET updated_at = :now WHERE id = :id AND status IN (:from)

-- name: start
UPDATE exports SET status = :to, started_at = :now, updated_at = :now
WHERE id = :id AND status IN (:from)

-- name: progress
UPDATE exports SET processed = :processed, updated_at = :now
WHERE id = :id AND status IN (:from)

-- name: succeed
UPDATE exports
SET status = :to, processed = :processed, size_bytes = :size, sha256 = :sha256,
    finished_at = :now, updated_at = :now
WHERE id = :id AND status IN (:from)

-- name: fail
UPDATE exports SET status = :to, error = :error, finished_at = :now, updated_at = :now
WHERE id = :id AND status IN (:from)

-- name: stale-exports
-- exports whose node stopped working on them (no heartbeat since :cutoff)
SELECT id, owner, status, formats, layout, batches, all_articles, file_name, total, processed,
       size_bytes, sha256, chunk_size, error, created_at, started_at, finished_at, expires_at,
       updated_at, CASE WHEN article_ids IS NULL THEN 0 ELSE 1 END AS chosen
FROM exports WHERE status IN (:from) AND updated_at < :cutoff

-- name: fail-stale
-- one of them, unless its heartbeat came back since
UPDATE exports
SET status = :to, error = :error, finished_at = :now, updated_at = :now
WHERE id = :id AND status IN (:from) AND updated_at < :cutoff

-- name: delete-export
DELETE FROM exports WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: expired-exports
SELECT id FROM exports WHERE expires_at < :now

-- name: delete-chunks
DELETE FROM export_chunks WHERE export_id = :id

-- name: delete-expired-export
DELETE FROM exports WHERE id = :id AND expires_at < :now

-- name: insert-chunk
INSERT INTO export_chunks (export_id, seq, data) VALUES (:id, :seq, :data)

-- name: read-chunk
SELECT data FROM export_chunks WHERE export_id = :id AND seq = :seq
