-- Exports: ZIP archives of finished articles, and the archive bytes themselves in fixed-size
-- chunks so that every node on the same database can serve any download (and any byte range).
-- Portable between H2 2.4 (embedded default) and PostgreSQL.

CREATE TABLE exports (
    id           UUID          NOT NULL PRIMARY KEY,
    owner        VARCHAR(100)  NOT NULL,
    status       VARCHAR(20)   NOT NULL,          -- ExportStatus
    formats      VARCHAR(100)  NOT NULL,          -- comma-separated: docx,md,txt,html
    layout       VARCHAR(20)   NOT NULL,          -- by-format | by-article
    batches      VARCHAR(100000) NOT NULL,        -- JSON [{"id", "name"}] in export order
    article_ids  VARCHAR(1000000),                -- JSON [ids] of a chosen set, NULL for all finished
    file_name    VARCHAR(300)  NOT NULL,
    total        INTEGER       NOT NULL,          -- articles in scope
    processed    INTEGER       NOT NULL DEFAULT 0,
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    chunk_size   INTEGER       NOT NULL,
    error        VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL  -- doubles as the running export's heartbeat
);

CREATE INDEX exports_owner_created ON exports (owner, created_at);
CREATE INDEX exports_expires ON exports (expires_at);
CREATE INDEX exports_status_updated ON exports (status, updated_at);

CREATE TABLE export_chunks (
    export_id  UUID     NOT NULL REFERENCES exports (id) ON DELETE CASCADE,
    seq        INTEGER  NOT NULL,                 -- 0-based; byte offset = seq * chunk_size
    data       BYTEA    NOT NULL,
    PRIMARY KEY (export_id, seq)
);
