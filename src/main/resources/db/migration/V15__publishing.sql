-- Publishing to WordPress: connected sites, publish jobs, and one publication per site and article
-- (the exactly-once record: the remote post id lives here). Portable between H2 2.4 and PostgreSQL.
-- Publication states and their transitions: see PublicationTransition and docs/publishing.md.

CREATE TABLE sites (
    id            UUID          NOT NULL PRIMARY KEY,
    owner         VARCHAR(100)  NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    url           VARCHAR(500)  NOT NULL,          -- the site's address, without a trailing slash
    username      VARCHAR(200)  NOT NULL,
    secret        VARCHAR(2000) NOT NULL,          -- the application password, AEAD-encrypted (Tink), base64
    timezone      VARCHAR(100),                    -- the site's timezone, read by the last connection test
    last_check    VARCHAR(4000),                   -- JSON of the last connection test
    checked_at    TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sites_owner ON sites (owner, created_at);

CREATE TABLE publish_jobs (
    id            UUID          NOT NULL PRIMARY KEY,
    owner         VARCHAR(100)  NOT NULL,
    site_id       UUID          NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    status        VARCHAR(20)   NOT NULL,          -- PublishJobStatus
    status_reason VARCHAR(1000),                   -- why it is paused, shown to users
    options       VARCHAR(20000) NOT NULL,         -- PostOptions as JSON
    total         INTEGER       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX publish_jobs_owner ON publish_jobs (owner, created_at);
CREATE INDEX publish_jobs_status ON publish_jobs (status);

CREATE TABLE publications (
    id               UUID          NOT NULL PRIMARY KEY,
    site_id          UUID          NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    article_id       UUID          NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    batch_id         UUID          NOT NULL,
    owner            VARCHAR(100)  NOT NULL,
    job_id           UUID          NOT NULL REFERENCES publish_jobs (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL,         -- order within its job
    state            VARCHAR(20)   NOT NULL,         -- PublicationState
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(100),
    lease_token      UUID,                           -- fences writes: only this claim may finish it
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    uncertain        BOOLEAN       NOT NULL DEFAULT FALSE, -- a create may have reached the site
    post_id          BIGINT,                         -- the WordPress post, once known
    link             VARCHAR(2000),
    remote_status    VARCHAR(20),                    -- publish | future | draft | ... as WordPress said
    scheduled_at     TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    published_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- exactly one publication, hence one post, per site and article
CREATE UNIQUE INDEX publications_site_article ON publications (site_id, article_id);
CREATE INDEX publications_ready ON publications (site_id, state, next_attempt_at);
CREATE INDEX publications_job ON publications (job_id, state);
CREATE INDEX publications_batch ON publications (batch_id);
CREATE INDEX publications_lease ON publications (state, lease_expires_at);
