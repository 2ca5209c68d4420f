-- Named statements of editing (see NamedQueries): an article's versions and its edits.
-- Every read binds :owner from CurrentOwner.scope() (NULL for admins).

-- name: editable-article
-- the article as an editor needs it, within the owner's scope
SELECT a.id, a.batch_id, a.status, a.attempts, a.version, a.title, a.slug, a.meta_description,
       a.body, a.word_count
FROM articles a JOIN batches b ON b.id = a.batch_id
WHERE a.id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR b.owner = :owner)

-- name: next-written-version
-- the queue stored a result: it becomes the article's next version (same transaction)
UPDATE articles SET version = version + 1 WHERE id = :id

-- name: record-written-version
-- copies the stored result into its version; a first result is GENERATED, a later one REGENERATED
INSERT INTO article_versions (article_id, version, reason, author, restored_from, title, slug,
                              meta_description, body, word_count, created_at)
SELECT id, version, CASE WHEN version = 1 THEN 'GENERATED' ELSE 'REGENERATED' END, NULL, NULL,
       title, slug, meta_description, body, word_count, :now
FROM articles WHERE id = :id

-- name: save-edit
-- optimistic locking: only a finished article still at the version the editor started from
UPDATE articles
SET title = :title, slug = :slug, meta_description = :metaDescription, body = :body,
    word_count = :wordCount, version = version + 1, updated_at = :now
WHERE id = :id AND status = 'SUCCEEDED' AND version = :expected

-- name: insert-version
INSERT INTO article_versions (article_id, version, reason, author, restored_from, title, slug,
                              meta_description, body, word_count, created_at)
VALUES (:articleId, :version, :reason, :author, :restoredFrom, :title, :slug, :metaDescription,
        :body, :wordCount, :now)

-- name: list-versions
SELECT version, reason, author, restored_from, title, word_count, created_at
FROM article_versions WHERE article_id = :articleId
ORDER BY version DESC

-- name: find-version
SELECT * FROM article_versions WHERE article_id = :articleId AND version = :version

-- name: save-linked
-- internal links added (linking module): only a finished article still at the version they were
-- planned on
UPDATE articles SET body = :body, word_count = :wordCount, version = version + 1, updated_at = :now
WHERE id = :id AND status = 'SUCCEEDED' AND version = :expected

-- name: record-linked-version
INSERT INTO article_versions (article_id, version, reason, author, restored_from, title, slug,
                              meta_description, body, word_count, created_at)
SELECT id, version, 'LINKED', :author, NULL, title, slug, meta_description, body, word_count, :now
FROM articles WHERE id = :id
