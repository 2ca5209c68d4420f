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
