-- Accounts: users who sign in, and their personal API tokens (stored as SHA-256 hashes only).
-- batches.owner holds a username; batches submitted before accounts existed belonged to the
-- single local owner and now belong to the admin.

CREATE TABLE users (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,  -- lower case; what batches.owner refers to
    password_hash VARCHAR(500) NOT NULL,              -- DelegatingPasswordEncoder format ({bcrypt}…)
    role          VARCHAR(20)  NOT NULL,              -- ADMIN or USER
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_tokens (
    id           UUID         NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES users (username),
    name         VARCHAR(100) NOT NULL,               -- the user's label, e.g. "nightly import"
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,        -- SHA-256 (hex) of the token; the token itself is never stored
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_tokens_username ON api_tokens (username);

UPDATE batches SET owner = 'admin' WHERE owner = 'local';
