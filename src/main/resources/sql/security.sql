-- Named statements of the security module (see NamedQueries). Parameters are named (:username).

-- name: insert-user
INSERT INTO users (username, password_hash, role, enabled, created_at, updated_at)
VALUES (:username, :passwordHash, :role, TRUE, :now, :now)

-- name: find-user
SELECT * FROM users WHERE username = :username

-- name: list-users
SELECT * FROM users ORDER BY username

-- name: count-users
SELECT count(*) FROM users

-- name: set-password
UPDATE users SET password_hash = :passwordHash, updated_at = :now WHERE username = :username

-- name: set-enabled
UPDATE users SET enabled = :enabled, updated_at = :now WHERE username = :username

-- name: end-sign-ins
-- every session signed in before this no longer counts (see V9__sign_in_version.sql)
UPDATE users SET sign_in_version = sign_in_version + 1 WHERE username = :username

-- name: revoke-all-tokens
UPDATE api_tokens SET revoked_at = :now WHERE username = :username AND revoked_at IS NULL

-- name: token-live
SELECT count(*) FROM api_tokens WHERE id = :id AND revoked_at IS NULL

-- name: insert-token
INSERT INTO api_tokens (id, username, name, token_hash, created_at)
VALUES (:id, :username, :name, :tokenHash, :now)

-- name: find-token-user
-- the user behind a live token: not revoked, its user enabled
SELECT t.id AS token_id, t.last_used_at, u.* FROM api_tokens t JOIN users u ON u.username = t.username
WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL AND u.enabled = TRUE

-- name: touch-token
-- last use, written at most once a minute per token so that busy scripts do not write on every call
UPDATE api_tokens SET last_used_at = :now
WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)

-- name: list-tokens
SELECT id, name, created_at, last_used_at FROM api_tokens
WHERE username = :username AND revoked_at IS NULL
ORDER BY created_at DESC, id

-- name: revoke-token
UPDATE api_tokens SET revoked_at = :now
WHERE id = :id AND username = :username AND revoked_at IS NULL
