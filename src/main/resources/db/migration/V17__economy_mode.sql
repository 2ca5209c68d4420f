-- Economy mode (issue 17): a batch is written in realtime (one call per article, the queue's
-- workers) or in economy mode (through the provider's batch API, half the price, results within
-- its completion window). The queue's workers claim only realtime batches; the economy module
-- claims the others into provider batches.
ALTER TABLE batches ADD COLUMN mode VARCHAR(16) DEFAULT 'realtime' NOT NULL;

-- One provider batch, from the intent to send it until its answers are stored. The row is written
-- BEFORE anything is uploaded, with the articles it holds (articles.lease_token = this id), and
-- every id the provider hands out is stored the moment it exists; the provider finds the file by
-- its name and the batch by its metadata, both carrying this id, so a node that resumes after an
-- uncertain failure or a crash looks them up instead of sending them twice. Leased like the
-- publication queue: any node may advance it.
CREATE TABLE provider_batches (
    id               UUID          NOT NULL PRIMARY KEY, -- the intent: in the file name and metadata
    batch_id         UUID          NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    provider         VARCHAR(40)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,             -- ProviderBatchState
    requests         INTEGER       NOT NULL,
    bytes            BIGINT        NOT NULL DEFAULT 0,
    upload_sent      BOOLEAN       NOT NULL DEFAULT FALSE, -- an upload may have reached the provider
    create_sent      BOOLEAN       NOT NULL DEFAULT FALSE, -- a create may have reached the provider
    file_id          VARCHAR(200),                       -- the uploaded requests, once known
    remote_id        VARCHAR(200),                       -- the provider's batch, once known
    remote_status    VARCHAR(40),                        -- in the provider's words
    completed        INTEGER       NOT NULL DEFAULT 0,   -- as the provider counts them
    failed           INTEGER       NOT NULL DEFAULT 0,
    stored           INTEGER       NOT NULL DEFAULT 0,   -- answers stored as articles
    expires_at       TIMESTAMP WITH TIME ZONE,           -- when the provider gives up on it
    finish_realtime  BOOLEAN       NOT NULL DEFAULT FALSE, -- "Finish now in realtime": cancel, requeue
    attempts         INTEGER       NOT NULL DEFAULT 0,   -- failed steps in a row
    last_error       VARCHAR(2000),
    next_run_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(100),
    lease_token      UUID,
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX provider_batches_due ON provider_batches (state, next_run_at);
CREATE INDEX provider_batches_batch ON provider_batches (batch_id);
