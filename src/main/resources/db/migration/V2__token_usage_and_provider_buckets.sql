-- Token usage and cost per article and per batch (issue 3), and the rate-limit buckets that all
-- nodes share on PostgreSQL (Bucket4j's advisory-lock proxy manager; unused on H2).

ALTER TABLE articles ADD COLUMN prompt_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE articles ADD COLUMN completion_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE articles ADD COLUMN cost_usd DECIMAL(14, 6) DEFAULT 0 NOT NULL;

-- running totals of the batch's succeeded articles, added in the transaction that stores each
ALTER TABLE batches ADD COLUMN prompt_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE batches ADD COLUMN completion_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE batches ADD COLUMN cost_usd DECIMAL(14, 6) DEFAULT 0 NOT NULL;

CREATE TABLE provider_buckets (
    id         BIGINT NOT NULL PRIMARY KEY,   -- hash of provider, base URL, limit kind and value
    state      BYTEA,                         -- Bucket4j's serialized bucket state
    expires_at BIGINT
);
