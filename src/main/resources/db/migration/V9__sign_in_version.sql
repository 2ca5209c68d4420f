-- Ending every sign-in of a user (password reset, disable, the user's own password change): each
-- signed-in session remembers the version it signed in with and ends when it is no longer the
-- account's. A counter rather than a session registry, so it holds across nodes and restarts.
ALTER TABLE users ADD COLUMN sign_in_version INTEGER DEFAULT 0 NOT NULL;
