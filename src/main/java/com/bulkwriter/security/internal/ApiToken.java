package com.bulkwriter.security.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in the list: never the token itself, which is shown
 * once when created and stored only as a hash.
 */
public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt) {}
