-- Statements for NamedQueriesTest. Text before the first header belongs to no statement.

-- name: plain
SELECT 1

-- name: multi-line
SELECT id, name
FROM things
-- a comment inside a statement stays part of it
WHERE id = :id


-- name: claim
SELECT 'generic claim'

-- name: claim[postgresql]
SELECT 'postgresql claim' FOR UPDATE SKIP LOCKED

-- name: postgresql-first[postgresql]
SELECT 'postgresql, listed before the generic one'

-- name: postgresql-first
SELECT 'generic, listed after the variant'

-- name: only-h2[h2]
SELECT 'h2 only'

-- name: only-postgresql[postgresql]
SELECT 'postgresql only'

--name:tight
SELECT 'header without spaces'

-- name: last
SELECT 'last statement, no trailing newline'