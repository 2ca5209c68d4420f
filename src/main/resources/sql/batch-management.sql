-- Named statements of batch management (see NamedQueries and docs/batches.md): the searchable list,
-- rename, archive, and deleting a batch in the background. Owner scoping as in batch.sql: :scope is
-- the signed-in user's name, or NULL for an admin (every owner).

-- name: list-batches
-- One page of the list: the filter is made of the filter-* fragments below, the order one of
-- BatchQuery.Sort's fixed clauses (BatchCatalog puts both in); newest first walks the index on
-- created_at.
SELECT b.* FROM batches b
WHERE {filter}
ORDER BY {order}
LIMIT :limit OFFSET :offset

-- name: count-listed-batches
SELECT count(*) FROM batches b WHERE {filter}

-- name: plan-each-query[postgresql]
-- Before the page and its count, in their transaction. The JDBC driver prepares a statement run
-- five times on a connection, and PostgreSQL then keeps one generic plan for it when that plan's
-- estimate looks no worse than the plans made for the values so far, and never plans for the
-- values again. One generic plan cannot fit a search for a rare word and one for a word in every
-- batch: after a search for "zephyr" (100 batches: read the trigram index, then those batches), a
-- search for "boots" (every batch) ran the same plan, read every batch's keywords for the page and
-- sorted 9,000 rows (90-110 ms where its own plan takes 1 ms: walk the newest batches and stop at
-- 50). Planning each query for its values costs about a millisecond.
SET LOCAL plan_cache_mode = force_custom_plan

-- The list's conditions, shared by the page and its count: BatchCatalog joins with AND only those
-- a query uses. One statement with every condition written as (:x IS NULL OR ...) would do, but
-- PostgreSQL caches a generic plan for a prepared statement after a few runs, and a generic plan
-- cannot drop the conditions whose parameter is NULL: it never uses the trigram index for a
-- keyword search then, and reads every batch's keywords (160-190 ms at 10,000 batches). The
-- fragments hold no comments, since they are joined into one line.

-- name: filter-live
b.deleting_at IS NULL

-- name: filter-scope
b.owner = :scope

-- name: filter-owner
b.owner = :owner

-- name: filter-status
b.status = :status

-- name: filter-created-from
b.created_at >= :createdFrom

-- name: filter-created-before
b.created_at < :createdBefore

-- name: filter-unarchived
b.archived_at IS NULL

-- name: filter-archived
b.archived_at IS NOT NULL

-- name: filter-name
lower(b.name) LIKE :namePattern ESCAPE '\'

-- name: filter-keyword
b.id IN (SELECT k.batch_id FROM batch_keywords k WHERE k.keywords LIKE :keywordPattern ESCAPE '\')

-- name: insert-batch-keywords
INSERT INTO batch_keywords (batch_id, part, keywords) VALUES (:batchId, :part, :keywords)

-- name: rename-batch
UPDATE batches SET name = :name
WHERE id = :id AND deleting_at IS NULL AND (CAST(:scope AS VARCHAR(100)) IS NULL OR owner = :scope)

-- name: archive-batch
UPDATE batches SET archived_at = :now
WHERE id = :id AND deleting_at IS NULL AND archived_at IS NULL
  AND (CAST(:scope AS VARCHAR(100)) IS NULL OR owner = :scope)

-- name: unarchive-batch
UPDATE batches SET archived_at = NULL
WHERE id = :id AND deleting_at IS NULL AND (CAST(:scope AS VARCHAR(100)) IS NULL OR owner = :scope)

-- name: submission-items
-- the batch's rows as submitted, for "Duplicate as new batch"
SELECT keyword, overrides FROM articles WHERE batch_id = :batchId ORDER BY ordinal

-- name: mark-deleting
-- only a finished batch is marked (a running or paused one is cancelled first, in the same
-- transaction); move-batch refuses a marked batch, so nothing can make it run again
UPDATE batches SET deleting_at = :now
WHERE id = :id AND deleting_at IS NULL AND status IN ('COMPLETED', 'CANCELLED')

-- name: deletions
SELECT b.id, b.name, b.owner, b.total, b.deleting_at,
       (SELECT count(*) FROM articles a WHERE a.batch_id = b.id) AS remaining
FROM batches b
WHERE b.deleting_at IS NOT NULL AND (CAST(:scope AS VARCHAR(100)) IS NULL OR b.owner = :scope)
ORDER BY b.deleting_at, b.id

-- name: marked-batches
SELECT id, owner FROM batches WHERE deleting_at IS NOT NULL ORDER BY deleting_at, id

-- name: lock-marked-batch
-- one node purges a batch at a time: a node that finds the row locked leaves it to the other
SELECT id FROM batches WHERE id = :id AND deleting_at IS NOT NULL FOR UPDATE SKIP LOCKED

-- name: purge-articles
-- one chunk of the batch's articles (their saved steps go with them: ON DELETE CASCADE)
DELETE FROM articles
WHERE id IN (SELECT a.id FROM articles a WHERE a.batch_id = :id LIMIT :limit)

-- name: purge-batch
-- the batch row last, once no article is left (its batch_keywords go with it)
DELETE FROM batches
WHERE id = :id AND deleting_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.batch_id = :id)

-- Statements of the migration V13_1 (batch/internal/V13_1__Batch_search).

-- name: batches-without-keywords
SELECT b.id FROM batches b
WHERE NOT EXISTS (SELECT 1 FROM batch_keywords k WHERE k.batch_id = b.id)
ORDER BY b.id

-- name: batch-keyword-list
SELECT keyword FROM articles WHERE batch_id = :batchId ORDER BY ordinal

-- name: trigram-extension-available
SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'

-- name: create-trigram-extension
CREATE EXTENSION IF NOT EXISTS pg_trgm

-- name: create-keyword-trigram-index
-- answers LIKE '%term%' on the keyword text without reading it (terms of 3 characters or more)
CREATE INDEX IF NOT EXISTS batch_keywords_trgm ON batch_keywords USING gin (keywords gin_trgm_ops)

-- name: create-name-trigram-index
CREATE INDEX IF NOT EXISTS batches_name_trgm ON batches USING gin (lower(name) gin_trgm_ops)
