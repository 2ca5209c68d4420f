-- Named statements of the template module (see NamedQueries). :owner is the caller's name, or
-- NULL for an admin (every template); a user sees their own templates and the shared ones.

-- name: insert-template
INSERT INTO templates (id, owner, name, shared, settings, created_at, updated_at)
VALUES (:id, :owner, :name, :shared, :settings, :now, :now)

-- name: update-template
UPDATE templates SET name = :name, shared = :shared, settings = :settings, updated_at = :now
WHERE id = :id

-- name: delete-template
DELETE FROM templates WHERE id = :id

-- name: find-template
SELECT id, owner, name, shared, settings, created_at, updated_at
FROM templates
WHERE id = :id AND (CAST(:owner AS VARCHAR(64)) IS NULL OR owner = :owner OR shared)

-- name: visible-templates
SELECT id, owner, name, shared, settings, created_at, updated_at
FROM templates
WHERE CAST(:owner AS VARCHAR(64)) IS NULL OR owner = :owner OR shared
ORDER BY lower(name), owner, id
LIMIT :limit

-- name: count-owned
SELECT count(*) FROM templates WHERE owner = :owner

-- name: name-taken
SELECT count(*) FROM templates WHERE owner = :owner AND name = :name AND id <> :id
