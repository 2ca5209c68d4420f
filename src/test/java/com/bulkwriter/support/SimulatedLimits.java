package com.bulkwriter.support;

/**
 * A provider's rate limits as the simulator enforces them: token buckets that refill continuously,
 * over a window of one second or one minute ({@link LlmSimulator.Window}). Per second, 600 requests
 * per minute means 10 per second (as real providers enforce them) and tokens are enforced over ten
 * seconds, because a single article's estimate can exceed one second's worth; per minute, the
 * buckets hold a whole minute's worth. Tokens are charged at admission as providers count them: the
 * prompt plus {@code max_tokens}; nothing is given back when the answer turns out shorter.
 */
final class SimulatedLimits {

  private final int requestsPerMinute;
  private final int tokensPerMinute;
  private final double requestCapacity;
  private final double requestsPerNano;
  private final double tokenCapacity;
  private final double tokensPerNano;
  private double requests;
  private double tokens;
  private long refilledAt = System.nanoTime();

  SimulatedLimits(int requestsPerMinute, int tokensPerMinute, LlmSimulator.Window window) {
    this.requestsPerMinute = requestsPerMinute;
    this.tokensPerMinute = tokensPerMinute;
    boolean perSecond = window == LlmSimulator.Window.SECOND;
    this.requestCapacity = Math.max(1, perSecond ? requestsPerMinute / 60.0 : requestsPerMinute);
    this.requestsPerNano = requestsPerMinute / 60e9;
    this.tokenCapacity = Math.max(1, perSecond ? tokensPerMinute / 6.0 : tokensPerMinute);
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

  int requestsPerMinute() {
    return requestsPerMinute;
  }

  int tokensPerMinute() {
    return tokensPerMinute;
  }

  /** Whole requests the window has left now. */
  synchronized int remainingRequests() {
    refill();
    return (int) requests;
  }

  synchronized long remainingTokens() {
    refill();
    return (long) tokens;
  }

  /** Milliseconds until the request window is full again (how providers define the reset). */
  synchronized long requestsResetMillis() {
    refill();
    return (long) Math.ceil((requestCapacity - requests) / requestsPerNano / 1e6);
  }

  synchronized long tokensResetMillis() {
    refill();
    return (long) Math.ceil((tokenCapacity - tokens) / tokensPerNano / 1e6);
  }

  private void refill() {
    long now = System.nanoTime();
    long elapsed = now - refilledAt;
    refilledAt = now;
    requests = Math.min(requestCapacity, requests + elapsed * requestsPerNano);
    tokens = Math.min(tokenCapacity, tokens + elapsed * tokensPerNano);
  }
}
