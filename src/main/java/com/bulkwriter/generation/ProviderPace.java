package com.bulkwriter.generation;

import java.time.Duration;

/**
 * The pace a provider is being called at right now, for whoever must tell how long work will take:
 * the limits in force (the provider's announced limits, capped by any configured ceiling, lowered
 * after 429s), which of them binds, and the calls in flight it takes to keep that pace.
 *
 * @param requestsPerMinute requests per minute paced to; {@code null} while none is known (an
 *     endpoint that announces nothing and has not answered 429)
 * @param tokensPerMinute tokens (prompt + {@code max_tokens}, counted at admission) per minute
 *     paced to; {@code null} while none is known
 * @param callsPerMinute calls per minute the two limits allow together, at the tokens an average
 *     call is charged; {@code null} while neither is known
 * @param binding which limit holds the pace down
 * @param source where the binding limit comes from
 * @param callTime how long a call takes, as observed (zero before the first)
 * @param inFlightTarget calls in flight this node needs to keep the pace (Little's law)
 */
public record ProviderPace(
    Double requestsPerMinute,
    Double tokensPerMinute,
    Double callsPerMinute,
    Limit binding,
    Source source,
    Duration callTime,
    int inFlightTarget) {

  /** The limit that holds the pace down. */
  public enum Limit {
    REQUESTS,
    TOKENS,
    /** No limit is known: calls are not paced, only their number in flight adapts. */
    NONE
  }

  /** Where a limit comes from. */
  public enum Source {
    /** The provider's rate-limit headers. */
    PROVIDER,
    /** The configured ceiling, below what the provider announces (or it announces nothing). */
    CONFIGURED,
    /** Learned from the provider's 429s (it announces no limit). */
    LEARNED,
    NONE
  }

  /** Whether a limit the provider announced is what paces the calls. */
  public boolean providerLimitBinds() {
    return source == Source.PROVIDER;
  }
}
