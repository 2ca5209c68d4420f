-- Webhooks: endpoints users register, and the deliveries of signed events to them (a persistent
-- outbox with leases, like the article queue), with one row per attempt for the delivery log.
-- Portable between H2 2.4 (embedded default) and PostgreSQL.

CREATE TABLE webhook_endpoints (
    id                   UUID          NOT NULL PRIMARY KEY,
    owner                VARCHAR(100)  NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    description          VARCHAR(500)  NOT NULL DEFAULT '',
    event_types          VARCHAR(500)  NOT NULL,          -- comma-separated: batch.completed,...
    enabled              BOOLEAN       NOT NULL,
    -- the Standard Webhooks signing secret (whsec_ + base64). Stored as is: the sender needs the
    -- key itself to sign, so it cannot be hashed; never returned after creation, never logged.
    signing_secret       VARCHAR(200)  NOT NULL,
    disabled_reason      VARCHAR(1000),                   -- why the system disabled it, else NULL
    disabled_at          TIMESTAMP WITH TIME ZONE,
    failing_since        TIMESTAMP WITH TIME ZONE,        -- first failed attempt since the last success
    consecutive_failures INTEGER       NOT NULL DEFAULT 0, -- failed attempts since the last success
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX webhook_endpoints_owner ON webhook_endpoints (owner, created_at);

CREATE TABLE webhook_deliveries (
    id               UUID          NOT NULL PRIMARY KEY, -- also the webhook-id header (msg_<hex>)
    endpoint_id      UUID          NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_type       VARCHAR(50)   NOT NULL,
    payload          VARCHAR(100000) NOT NULL,           -- the exact JSON body, signed per attempt
    status           VARCHAR(20)   NOT NULL,             -- DeliveryStatus
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(200),
    lease_token      UUID,
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    last_status_code INTEGER,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX webhook_deliveries_ready ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at);
CREATE INDEX webhook_deliveries_lease ON webhook_deliveries (lease_token);

CREATE TABLE webhook_attempts (
    id               UUID          NOT NULL PRIMARY KEY,
    delivery_id      UUID          NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt          INTEGER       NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code      INTEGER,                            -- NULL: no HTTP answer (refused, timeout)
    duration_ms      BIGINT        NOT NULL,
    error            VARCHAR(1000),
    response_excerpt VARCHAR(2000)
);

CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempt);
