package com.bulkwriter.support;

/**
 * A provider's rate limits as the simulator enforces them: token buckets that refill continuously.
 * Requests are enforced over one second (600 per minute means 10 per second, as real providers do);
 * tokens over ten seconds, because a single article's estimate can exceed one second's worth.
 * Tokens are taken at admission as the estimate (prompt + max_tokens) and the unused part is given
 * back when the answer is complete.
 */
final class SimulatedLimits {

  private final double requestCapacity;
  private final double requestsPerNano;
  private final double tokenCapacity;
  private final double tokensPerNano;
  private double requests;
  private double tokens;
  private long refilledAt = System.nanoTime();

  SimulatedLimits(int requestsPerMinute, int tokensPerMinute) {
    this.requestCapacity = Math.max(1, requestsPerMinute / 60.0);
    this.requestsPerNano = requestsPerMinute / 60e9;
    this.tokenCapacity = Math.max(1, tokensPerMinute / 6.0);
    this.tokensPerNano = tokensPerMinute / 60e9;
    this.requests = requestCapacity;
    this.tokens = tokenCapacity;
  }

  /** Nanoseconds until the request would be admitted; zero when it was admitted now. */
  synchronized long admit(long estimatedTokens) {
    refill();
    long waitRequests = requests >= 1 ? 0 : (long) ((1 - requests) / requestsPerNano);
    long waitTokens =
        tokens >= estimatedTokens ? 0 : (long) ((estimatedTokens - tokens) / tokensPerNano);
    if (waitRequests > 0 || waitTokens > 0) {
      return Math.max(1, Math.max(waitRequests, waitTokens));
    }
    requests -= 1;
    tokens -= estimatedTokens;
    return 0;
  }

  /** Gives back what the estimate took beyond the real use. */
  synchronized void settle(long estimatedTokens, long usedTokens) {
    refill();
    tokens = Math.min(tokenCapacity, tokens + estimatedTokens - usedTokens);
  }

  synchronized int remainingRequests() {
    refill();
    return (int) requests;
  }

  synchronized long remainingTokens() {
    refill();
    return (long) tokens;
  }

  private void refill() {
    long now = System.nanoTime();
    long elapsed = now - refilledAt;
    refilledAt = now;
    requests = Math.min(requestCapacity, requests + elapsed * requestsPerNano);
    tokens = Math.min(tokenCapacity, tokens + elapsed * tokensPerNano);
  }
}
