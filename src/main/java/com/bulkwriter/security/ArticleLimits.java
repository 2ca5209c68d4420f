package com.bulkwriter.security;

/**
 * How many articles one user may have in the queue at once and submit in 24 hours; a submit that
 * would go over is refused with 429 naming the limit.
 *
 * @param queuedAtOnce articles not yet finished (queued or running) per user
 * @param perDay articles submitted per user in any 24 hours
 */
public record ArticleLimits(int queuedAtOnce, int perDay) {}
