-- Batches and their articles. Portable between H2 2.4 (embedded default) and PostgreSQL.
-- Article states and their transitions: see ArticleTransition and docs/queue.md.

CREATE TABLE batches (
    id              UUID          NOT NULL PRIMARY KEY,
    owner           VARCHAR(100)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,          -- BatchStatus
    status_reason   VARCHAR(500),                    -- why it is paused/cancelled, shown to users
    settings        VARCHAR(20000) NOT NULL,         -- BatchSettings as JSON
    total           INTEGER       NOT NULL,
    idempotency_key VARCHAR(200),
    request_hash    VARCHAR(64),                     -- SHA-256 of the submitted body
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX batches_idempotency_key ON batches (owner, idempotency_key);
CREATE INDEX batches_owner_created ON batches (owner, created_at);
CREATE INDEX batches_status ON batches (status);

CREATE TABLE articles (
    id               UUID          NOT NULL PRIMARY KEY,
    batch_id         UUID          NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    ordinal          INTEGER       NOT NULL,         -- 1-based row of the submission
    keyword          VARCHAR(200)  NOT NULL,
    overrides        VARCHAR(20000),                 -- ArticleOverrides as JSON, NULL when none
    status           VARCHAR(20)   NOT NULL,         -- ArticleState
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(100),                   -- node id of the worker holding it
    lease_token      UUID,                           -- fences writes: only this claim may finish it
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    title            VARCHAR(500),
    slug             VARCHAR(200),
    meta_description VARCHAR(200),
    body             VARCHAR(1000000),               -- Markdown
    word_count       INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- claims (ready work of one batch in row order) and per-state counts of a batch
CREATE INDEX articles_batch_status ON articles (batch_id, status, ordinal);
-- the rescuer's scan for expired leases, and heartbeats per node
CREATE INDEX articles_status_lease ON articles (status, lease_expires_at);
CREATE INDEX articles_lease_token ON articles (lease_token);
