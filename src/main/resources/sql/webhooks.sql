-- Named statements of the webhooks module (see NamedQueries). Every read or change a user can
-- trigger is scoped by :owner (NULL: an admin, every owner); delivery state changes bind :from
-- and :to from DeliveryStatus and are fenced by the lease token.

-- name: insert-endpoint
INSERT INTO webhook_endpoints (id, owner, url, description, event_types, enabled, signing_secret,
                               consecutive_failures, created_at, updated_at)
VALUES (:id, :owner, :url, :description, :eventTypes, :enabled, :secret, 0, :now, :now)

-- name: find-endpoint
SELECT id, owner, url, description, event_types, enabled, disabled_reason, disabled_at,
       failing_since, consecutive_failures, created_at, updated_at
FROM webhook_endpoints WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: list-endpoints
SELECT id, owner, url, description, event_types, enabled, disabled_reason, disabled_at,
       failing_since, consecutive_failures, created_at, updated_at
FROM webhook_endpoints WHERE (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)
ORDER BY created_at, id

-- name: subscribed-endpoints
-- the owner's enabled endpoints; the event type is matched in Java against the stored list
SELECT id, owner, url, description, event_types, enabled, disabled_reason, disabled_at,
       failing_since, consecutive_failures, created_at, updated_at
FROM webhook_endpoints WHERE owner = :owner AND enabled = TRUE

-- name: update-endpoint
-- re-enabling clears the automatic disabling and the failure streak
UPDATE webhook_endpoints
SET url = :url, description = :description, event_types = :eventTypes, enabled = :enabled,
    disabled_reason = CASE WHEN CAST(:enabled AS BOOLEAN) THEN NULL ELSE disabled_reason END,
    disabled_at = CASE WHEN CAST(:enabled AS BOOLEAN) THEN NULL ELSE disabled_at END,
    failing_since = CASE WHEN CAST(:enabled AS BOOLEAN) THEN NULL ELSE failing_since END,
    consecutive_failures = CASE WHEN CAST(:enabled AS BOOLEAN) THEN 0 ELSE consecutive_failures END,
    updated_at = :now
WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: rotate-secret
UPDATE webhook_endpoints SET signing_secret = :secret, updated_at = :now
WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: plain-secrets
-- signing secrets stored before they were encrypted: only those start with whsec_ (a sealed one is
-- base64, which has no underscore)
SELECT id, signing_secret FROM webhook_endpoints WHERE SUBSTRING(signing_secret, 1, 6) = 'whsec_'

-- name: seal-secret
-- fenced by the plain value, so a rotation in between (or another node sealing it) wins
UPDATE webhook_endpoints SET signing_secret = :sealed WHERE id = :id AND signing_secret = :plain

-- name: delete-endpoint
DELETE FROM webhook_endpoints
WHERE id = :id AND (CAST(:owner AS VARCHAR(100)) IS NULL OR owner = :owner)

-- name: endpoint-succeeded
UPDATE webhook_endpoints SET failing_since = NULL, consecutive_failures = 0 WHERE id = :id

-- name: endpoint-failed
UPDATE webhook_endpoints
SET failing_since = COALESCE(failing_since, :now), consecutive_failures = consecutive_failures + 1
WHERE id = :id

-- name: auto-disable
-- only an endpoint that is still enabled and has failed long enough and often enough
UPDATE webhook_endpoints
SET enabled = FALSE, disabled_reason = :reason, disabled_at = :now, updated_at = :now
WHERE id = :id AND enabled = TRUE AND failing_since <= :cutoff
  AND consecutive_failures >= :failures

-- name: insert-delivery
INSERT INTO webhook_deliveries (id, endpoint_id, event_type, payload, status, attempts,
                                next_attempt_at, created_at)
VALUES (:id, :endpointId, :eventType, :payload, :status, 0, :now, :now)

-- name: claim
-- the ready deliveries of enabled endpoints, oldest first, skipping rows another node holds
UPDATE webhook_deliveries
SET status = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires
WHERE id IN (SELECT d.id FROM webhook_deliveries d
             WHERE d.status IN (:from) AND d.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM webhook_endpoints e
                           WHERE e.id = d.endpoint_id AND e.enabled = TRUE)
             ORDER BY d.next_attempt_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED)

-- name: claim[h2]
-- the embedded database is opened by one process only (see claim[h2] in queue.sql); the outer
-- status condition is re-checked under H2's row lock, so two claimers never win the same row
UPDATE webhook_deliveries
SET status = :to, attempts = attempts + 1, lease_owner = :node, lease_token = :token,
    lease_expires_at = :expires
WHERE status IN (:from)
  AND id IN (SELECT d.id FROM webhook_deliveries d
             WHERE d.status IN (:from) AND d.next_attempt_at <= :now
               AND EXISTS (SELECT 1 FROM webhook_endpoints e
                           WHERE e.id = d.endpoint_id AND e.enabled = TRUE)
             ORDER BY d.next_attempt_at
             LIMIT :limit)

-- name: claimed
SELECT d.id, d.endpoint_id, d.event_type, d.payload, d.attempts, d.created_at, d.lease_token,
       e.url, e.signing_secret
FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
WHERE d.lease_token = :token

-- name: finish
-- SUCCEED or FAIL, fenced by the lease
UPDATE webhook_deliveries
SET status = :to, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    last_status_code = :statusCode, last_error = :error, finished_at = :now
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: retry-later
UPDATE webhook_deliveries
SET status = :to, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL,
    last_status_code = :statusCode, last_error = :error, next_attempt_at = :next
WHERE id = :id AND lease_token = :token AND status IN (:from)

-- name: rescue
-- deliveries whose node died mid-attempt go back to the queue; the attempt counts
UPDATE webhook_deliveries
SET status = :to, lease_owner = NULL, lease_token = NULL, lease_expires_at = NULL
WHERE status IN (:from) AND lease_expires_at < :now

-- name: fail-pending-of-endpoint
-- an endpoint disabled (by its user or automatically) drops what still waited for it
UPDATE webhook_deliveries
SET status = :to, last_error = :error, finished_at = :now, next_attempt_at = :now
WHERE endpoint_id = :endpointId AND status IN (:from)

-- name: insert-attempt
INSERT INTO webhook_attempts (id, delivery_id, attempt, attempted_at, status_code, duration_ms,
                              error, response_excerpt)
VALUES (:id, :deliveryId, :attempt, :at, :statusCode, :durationMs, :error, :excerpt)

-- name: count-deliveries
SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = :endpointId

-- name: page-deliveries
SELECT id, endpoint_id, event_type, status, attempts, next_attempt_at, last_status_code,
       last_error, created_at, finished_at
FROM webhook_deliveries WHERE endpoint_id = :endpointId
ORDER BY created_at DESC, id
LIMIT :limit OFFSET :offset

-- name: attempts-of
SELECT delivery_id, attempt, attempted_at, status_code, duration_ms, error, response_excerpt
FROM webhook_attempts WHERE delivery_id IN (:ids)
ORDER BY delivery_id, attempt

-- name: delete-finished-before
DELETE FROM webhook_deliveries WHERE status IN (:finished) AND finished_at < :cutoff
