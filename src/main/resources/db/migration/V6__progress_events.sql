-- Live progress: every event of a batch with its sequence number, kept for a while so that a
-- client that reconnects can catch up; one counter row per batch hands out the numbers.
-- Portable between H2 2.4 (embedded default) and PostgreSQL.

CREATE TABLE progress_counters (
    batch_id  UUID    NOT NULL PRIMARY KEY,
    last_seq  BIGINT  NOT NULL
);

CREATE TABLE progress_events (
    batch_id    UUID          NOT NULL,
    seq         BIGINT        NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,          -- BATCH_UPDATED | ARTICLE_UPDATED | NOTIFICATION
    payload     VARCHAR(100000) NOT NULL,        -- the event as sent to clients (JSON)
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, seq)
);

CREATE INDEX progress_events_created ON progress_events (created_at);
