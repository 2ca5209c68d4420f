-- Named statements of editing (see NamedQueries): an article's versions and its edits.
-- Every read binds :owner from CurrentOwner.scope() (NULL for admins).

-- name: editable-article
-- the article as an editor needs it, within the owner's scope
SELECT a.id, a.batch_id, a.status, a.attempts, a.version, a.title, a.slug, a.meta_description,
       a.body, a.word_count
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner)

-- name: lock-article
-- an edit or restore holds the article until it commits: the copy of the text it replaces and the
-- new text are then written by one editor only
SELECT version FROM articles WHERE id = :id FOR UPDATE

-- name: lock-article[postgresql]
-- FOR NO KEY UPDATE, the lock an UPDATE of the row takes anyway: it leaves the row to the foreign
-- key checks of the quality runner, which holds the article's pending row while it stores the
-- article's checks; with FOR UPDATE an edit or a link run holding the article and waiting for that
-- pending row deadlocked with it
SELECT version FROM articles WHERE id = :id FOR NO KEY UPDATE

-- name: keep-current-version
-- copy-on-write (V22): before an edit or restore replaces the current text, it becomes a stored
-- version. COALESCE: an article written before V22 whose version row was missing.
INSERT INTO article_versions (article_id, version, reason, author, restored_from, title, slug,
                              meta_description, body, word_count, created_at)
SELECT id, version, COALESCE(version_reason, 'GENERATED'), version_author, version_restored_from,
       title, slug, meta_description, body, word_count, COALESCE(version_at, updated_at)
FROM articles WHERE id = :id AND status = 'SUCCEEDED' AND version = :expected

-- name: keep-regenerated-versions
-- copy-on-write (V22): the finished articles about to be regenerated keep their text as a version
INSERT INTO article_versions (article_id, version, reason, author, restored_from, title, slug,
                              meta_description, body, word_count, created_at)
SELECT id, version, COALESCE(version_reason, 'GENERATED'), version_author, version_restored_from,
       title, slug, meta_description, body, word_count, COALESCE(version_at, updated_at)
FROM articles
WHERE batch_id = :batchId AND id IN (:ids) AND status = 'SUCCEEDED' AND version > 0
  AND NOT EXISTS (SELECT 1 FROM article_versions v
                  WHERE v.article_id = articles.id AND v.version = articles.version)

-- name: save-edit
-- optimistic locking: only a finished article still at the version the editor started from
UPDATE articles
SET title = :title, slug = :slug, meta_description = :metaDescription, body = :body,
    word_count = :wordCount, version = version + 1, version_reason = :reason,
    version_author = :author, version_restored_from = :restoredFrom, version_at = :now,
    updated_at = :now
WHERE id = :id AND status = 'SUCCEEDED' AND version = :expected

-- name: list-versions
-- the replaced versions, and the current one the article row holds (a finished article)
SELECT version, reason, author, restored_from, title, word_count, created_at
FROM article_versions WHERE article_id = :articleId
UNION ALL
SELECT version, COALESCE(version_reason, 'GENERATED') AS reason, version_author AS author,
       version_restored_from AS restored_from, title, word_count,
       COALESCE(version_at, updated_at) AS created_at
FROM articles WHERE id = :articleId AND status = 'SUCCEEDED' AND version > 0
ORDER BY version DESC

-- name: find-version
SELECT article_id, version, reason, author, restored_from, title, slug, meta_description, body,
       word_count, created_at
FROM article_versions WHERE article_id = :articleId AND version = :version
UNION ALL
SELECT id AS article_id, version, COALESCE(version_reason, 'GENERATED') AS reason,
       version_author AS author, version_restored_from AS restored_from, title, slug,
       meta_description, body, word_count, COALESCE(version_at, updated_at) AS created_at
FROM articles WHERE id = :articleId AND status = 'SUCCEEDED' AND version = :version

-- name: save-linked
-- internal links added (linking module): only a finished article still at the version they were
-- planned on; the text it replaces was kept first (keep-current-version, copy-on-write)
UPDATE articles
SET body = :body, word_count = :wordCount, version = version + 1, version_reason = 'LINKED',
    version_author = :author, version_restored_from = NULL, version_at = :now, updated_at = :now
WHERE id = :id AND status = 'SUCCEEDED' AND version = :expected
