-- Review of finished articles (see docs/review.md): every article is UNREVIEWED when it is written
-- and again after a regenerate; a reviewer APPROVES it or REJECTS it with a note. Exports (and
-- publishing) can be limited to approved articles. Bulk actions on a selection of a batch's
-- articles that are too large to run within the request run in the background from bulk_actions.

ALTER TABLE articles ADD COLUMN review_state VARCHAR(20) DEFAULT 'UNREVIEWED' NOT NULL;
ALTER TABLE articles ADD COLUMN review_note VARCHAR(2000);
ALTER TABLE articles ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE articles ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

-- a batch's articles filtered by review state, in row order
CREATE INDEX articles_batch_review ON articles (batch_id, review_state, ordinal);

ALTER TABLE exports ADD COLUMN approved_only BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE bulk_actions (
    id               UUID          NOT NULL PRIMARY KEY,
    owner            VARCHAR(100)  NOT NULL,          -- who asked (the batch's owner or an admin)
    batch_id         UUID          NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    action           VARCHAR(20)   NOT NULL,          -- BulkAction.Kind
    parameters       VARCHAR(20000),                  -- JSON: note, overrides
    article_ids      VARCHAR(1000000) NOT NULL,       -- JSON [ids], resolved and checked when asked
    status           VARCHAR(20)   NOT NULL,          -- QUEUED, RUNNING, SUCCEEDED, FAILED
    total            INTEGER       NOT NULL,
    processed        INTEGER       NOT NULL DEFAULT 0, -- ids handled so far: where a resumed run starts
    changed          INTEGER       NOT NULL DEFAULT 0,
    skipped          INTEGER       NOT NULL DEFAULT 0,
    error            VARCHAR(2000),
    lease_owner      VARCHAR(100),                    -- node running it
    lease_expires_at TIMESTAMP WITH TIME ZONE,        -- another node takes it over after this
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX bulk_actions_status_lease ON bulk_actions (status, lease_expires_at);
CREATE INDEX bulk_actions_batch_created ON bulk_actions (batch_id, created_at);
