package com.bulkwriter.security;

/**
 * Some sign-ins of {@code username} stopped counting: an API token was revoked, the account was
 * disabled, or its password was reset or changed. Whoever keeps connections open for a user (the
 * live WebSocket sessions) asks {@link SignIns#stillValid} for each and closes those that are not.
 *
 * @param username the account whose sign-ins were ended
 */
public record SignInsEnded(String username) {}
