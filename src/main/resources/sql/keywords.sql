-- Named statements of the keyword cannibalisation check (see KeywordHistory, docs/keywords.md).

-- name: insert-keyword-key
INSERT INTO keyword_keys (batch_id, owner, normalized, keyword)
VALUES (:batchId, :owner, :normalized, :keyword)

-- name: earlier-uses
-- the owner's live batches (not being deleted, archived ones included) with any of these keys, the
-- newest :perKey of each key; found through the index keyword_keys_owner_key
SELECT normalized, keyword, batch_id, batch_name, created_at
FROM (
  SELECT k.normalized, k.keyword, b.id AS batch_id, b.name AS batch_name, b.created_at,
         ROW_NUMBER() OVER (PARTITION BY k.normalized ORDER BY b.created_at DESC, b.id) AS newest
  FROM keyword_keys k
  JOIN batches b ON b.id = k.batch_id
  WHERE k.owner = :owner AND k.normalized IN (:keys) AND b.deleting_at IS NULL
) uses
WHERE newest <= :perKey

-- name: batches-without-keys
-- batches submitted before keys were kept (V21) and not filled in since; newest first, so a user's
-- recent batches count first. The primary key's batch_id prefix answers NOT EXISTS.
SELECT b.id FROM batches b
WHERE b.deleting_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM keyword_keys k WHERE k.batch_id = b.id)
ORDER BY b.created_at DESC, b.id
