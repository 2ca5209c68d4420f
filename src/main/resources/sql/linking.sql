-- Named statements of linking (see NamedQueries): internal links between articles, a batch's link
-- settings. Reads bind :owner from CurrentOwner.scope() (NULL for admins).

-- name: batch
-- the batch, within the owner's scope: its owner, settings (JSON, for the language) and age
SELECT b.id, b.owner, b.settings, b.created_at
FROM batches b
WHERE b.id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner)

-- name: written
-- the batch's written articles, one page in row order, with the version links are planned on
SELECT a.id, a.batch_id, a.ordinal, a.version, a.keyword, a.title, a.body
FROM articles a
WHERE a.batch_id = :batchId AND a.status = 'SUCCEEDED' AND a.ordinal > :after
ORDER BY a.ordinal
LIMIT :limit

-- name: earlier
-- written articles of the owner's batches created before this one, newest first
SELECT a.id, a.batch_id, a.ordinal, a.version, a.keyword, a.title, a.body
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE b.owner = :owner AND b.id <> :batchId AND b.created_at < :createdAt
  AND b.deleting_at IS NULL AND a.status = 'SUCCEEDED'
ORDER BY b.created_at DESC, a.ordinal
LIMIT :limit

-- name: earlier-on-site
-- written articles of the owner's other batches that are published on the site (reads the
-- publishing module's publications, read only)
SELECT a.id, a.batch_id, a.ordinal, a.version, a.keyword, a.title, a.body
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE b.owner = :owner AND b.id <> :batchId AND b.deleting_at IS NULL AND a.status = 'SUCCEEDED'
  AND EXISTS (SELECT 1 FROM publications p
              WHERE p.article_id = a.id AND p.site_id = :siteId AND p.state = 'PUBLISHED')
ORDER BY b.created_at DESC, a.ordinal
LIMIT :limit

-- name: linked-body
-- the body of a written article that has links in its text or stored (else no row)
SELECT a.body FROM articles a
WHERE a.id = :id AND a.status = 'SUCCEEDED'
  AND (a.body LIKE '%bulkwriter:article/%'
       OR EXISTS (SELECT 1 FROM article_links l WHERE l.source_id = a.id))

-- name: delete-links
DELETE FROM article_links WHERE source_id = :sourceId

-- name: insert-link
-- a target deleted meanwhile is skipped (no row to select), never a foreign key error
INSERT INTO article_links (source_id, target_id, batch_id, anchor, created_at)
SELECT :sourceId, a.id, :batchId, :anchor, :now FROM articles a WHERE a.id = :targetId

-- name: find-settings
SELECT automatic, max_links, include_earlier, site_id, linked_at
FROM batch_link_settings WHERE batch_id = :batchId

-- name: update-settings
UPDATE batch_link_settings
SET automatic = :automatic, max_links = :maxLinks, include_earlier = :includeEarlier,
    site_id = :siteId
WHERE batch_id = :batchId

-- name: insert-settings
INSERT INTO batch_link_settings (batch_id, automatic, max_links, include_earlier, site_id)
VALUES (:batchId, :automatic, :maxLinks, :includeEarlier, :siteId)

-- name: mark-linked
UPDATE batch_link_settings SET linked_at = :now WHERE batch_id = :batchId

-- name: graph-articles
-- the batch's written articles with their links in and out (from any batch)
SELECT a.id, a.batch_id, a.title, a.slug, a.keyword,
       (SELECT count(*) FROM article_links l WHERE l.target_id = a.id) AS inbound,
       (SELECT count(*) FROM article_links l WHERE l.source_id = a.id) AS outbound
FROM articles a
WHERE a.batch_id = :batchId AND a.status = 'SUCCEEDED'
ORDER BY a.ordinal

-- name: graph-links
SELECT l.source_id, l.target_id, l.anchor
FROM article_links l JOIN articles a ON a.id = l.source_id
WHERE l.batch_id = :batchId
ORDER BY a.ordinal, l.target_id

-- name: graph-earlier
-- the articles of other batches the batch links to
SELECT DISTINCT a.id, a.batch_id, a.title, a.slug, a.keyword
FROM article_links l JOIN articles a ON a.id = l.target_id
WHERE l.batch_id = :batchId AND a.batch_id <> :batchId

-- name: target-slugs
SELECT id, slug FROM articles WHERE id IN (:ids) AND status = 'SUCCEEDED'

-- name: site-permalinks
-- the targets' permalinks on the site (reads the publishing module's publications, read only)
SELECT article_id, link FROM publications
WHERE site_id = :siteId AND article_id IN (:ids) AND state = 'PUBLISHED' AND link IS NOT NULL

-- name: published-sources
-- the articles published on the site that link to the target, with their posts
SELECT l.source_id, p.post_id
FROM article_links l JOIN publications p ON p.article_id = l.source_id AND p.site_id = :siteId
WHERE l.target_id = :targetId AND p.state = 'PUBLISHED' AND p.post_id IS NOT NULL
ORDER BY l.source_id
