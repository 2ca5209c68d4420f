package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.GenerationFailure.Kind;
import com.bulkwriter.generation.ProviderPace;
import com.bulkwriter.generation.internal.LlmProviderTest.ProviderSettingsFixture;
import com.bulkwriter.generation.internal.LlmProviderTest.Wire;
import com.bulkwriter.support.LlmSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pace a provider is called at, learned from what it announces and from its 429s, against the
 * simulator (which enforces its limits and sends the providers' rate-limit headers). A configured
 * value of 0 means unset: only URL, key and model are configured.
 */
class ProviderPaceTest {

  private static final String KEY = "sk-test-secret";
  private final List<LlmSimulator> simulators = new ArrayList<>();

  @AfterEach
  void stopSimulators() {
    simulators.forEach(LlmSimulator::close);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void withOnlyUrlKeyAndModelTheLimitsTheProviderAnnouncesPaceTheCalls(Wire wire) {
    LlmSimulator simulator = simulator(600, 10_000_000);
    ProviderSettingsFixture fixture = fixture(wire, simulator, 0, 0);

    fixture.provider().generate(LlmProviderTest.spec("first", 200));

    ProviderPace pace = fixture.gate.pace();
    assertThat(pace.requestsPerMinute()).isCloseTo(600 * Limits.HEADROOM, within(0.01));
    // an unset tokens-per-minute does not bind at some default: the announced 10 M does not bind
    assertThat(pace.tokensPerMinute()).isCloseTo(10_000_000 * Limits.HEADROOM, within(1.0));
    assertThat(pace.binding()).isEqualTo(ProviderPace.Limit.REQUESTS);
    assertThat(pace.source()).isEqualTo(ProviderPace.Source.PROVIDER);
    assertThat(pace.providerLimitBinds()).isTrue();
    assertThat(pace.callTime()).isPositive();
  }

  @ParameterizedTest
  @CsvSource({"1200, 600, PROVIDER", "300, 300, CONFIGURED"})
  void aConfiguredLimitIsACeilingThatBindsOnlyBelowTheAnnouncedOne(
      int configured, int pacedAt, ProviderPace.Source source) {
    LlmSimulator simulator = simulator(600, 10_000_000);
    ProviderSettingsFixture fixture = fixture(Wire.OPENAI, simulator, configured, 0);

    fixture.provider().generate(LlmProviderTest.spec("first", 200));

    assertThat(fixture.gate.pace().requestsPerMinute())
        .isCloseTo(pacedAt * Limits.HEADROOM, within(0.01));
    assertThat(fixture.gate.pace().source()).isEqualTo(source);
  }

  @Test
  void whenTokensBindThePaceSaysSoAndCountsCallsAtTheirChargedTokens() {
    LlmSimulator simulator = simulator(6_000, 60_000);
    ProviderSettingsFixture fixture = fixture(Wire.OPENAI, simulator, 0, 0);

    fixture.provider().generate(LlmProviderTest.spec("first", 200));

    ProviderPace pace = fixture.gate.pace();
    assertThat(pace.binding()).isEqualTo(ProviderPace.Limit.TOKENS);
    assertThat(pace.source()).isEqualTo(ProviderPace.Source.PROVIDER);
    long charged = simulator.chargedTokens();
    assertThat(pace.callsPerMinute()).isCloseTo(60_000 * Limits.HEADROOM / charged, within(0.5));
  }

  @Test
  void beforeItsFirstAnswerOneCallProbesAloneSoAStrictProviderNeverAnswers429() throws Exception {
    // one request a second, enforced per second: two calls at once would be one too many
    LlmSimulator simulator = simulator(60, 10_000_000);
    ProviderSettingsFixture fixture = fixture(Wire.OPENAI, simulator, 0, 0);
    LlmProvider provider = fixture.provider();

    runAtOnce(provider, 3, "probed");

    assertThat(simulator.rateLimited()).isZero();
    assertThat(simulator.requests()).isEqualTo(3);
  }

  @Test
  void aProviderThatAnnouncesNothingIsFoundFromIts429sAndThePaceLowered() throws Exception {
    // 1,200 configured while 600 a minute is enforced (10 a second), and no header says so
    LlmSimulator simulator = simulator(600, 10_000_000).announceLimits(false);
    ProviderSettingsFixture fixture = fixture(Wire.OPENAI, simulator, 1_200, 0);
    LlmProvider provider = fixture.provider();

    runAtOnce(provider, 60, "learning");
    int whileLearning = simulator.rateLimited();
    runAtOnce(provider, 60, "learned");

    ProviderPace pace = fixture.gate.pace();
    assertThat(pace.source()).isEqualTo(ProviderPace.Source.LEARNED);
    assertThat(pace.requestsPerMinute()).isBetween(300.0, 600.0);
    assertThat(whileLearning).isPositive();
    assertThat(simulator.rateLimited() - whileLearning).isLessThanOrEqualTo(1);
  }

  @Test
  void callersThatGiveUpHoldNoReservationSoTheNextCallGoesAtTheNextSlot() throws Exception {
    LlmSimulator simulator = simulator(60, 10_000_000);
    ProviderSettingsFixture fixture =
        new ProviderSettingsFixture(
            Wire.OPENAI, simulator, 0, 0, Map.of("admission-wait", Duration.ofMillis(300)));
    LlmProvider provider = fixture.provider();
    provider.generate(LlmProviderTest.spec("first", 100));

    // four callers line up for the next slot, a second away: each gives up after 300 ms
    List<Duration> retryAfter = new ArrayList<>();
    try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String keyword = "impatient " + i;
        calls.add(callers.submit(() -> provider.generate(LlmProviderTest.spec(keyword, 100))));
      }
      for (Future<?> call : calls) {
        assertThatThrownBy(call::get)
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOfSatisfying(
                GenerationFailure.class,
                f -> {
                  assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
                  retryAfter.add(f.retryAfter());
                });
      }
    }

    // nothing was reserved for them: one slot later, a call goes at once, and is not a 429
    Thread.sleep(1_100);
    long start = System.nanoTime();
    provider.generate(LlmProviderTest.spec("next", 100));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    assertThat(simulator.rateLimited()).isZero();
    assertThat(simulator.requests()).isEqualTo(2);
  }

  @Test
  void theInFlightTargetFollowsLittlesLawFromThePaceAndTheCallTime() {
    LlmSimulator simulator = simulator(3_000, 10_000_000).answerTime(Duration.ofMillis(400));
    ProviderSettingsFixture fixture = fixture(Wire.OPENAI, simulator, 0, 0);
    assertThat(fixture.gate.pace().inFlightTarget()).isEqualTo(ProviderGate.SPARE);

    fixture.provider().generate(LlmProviderTest.spec("first", 100));

    ProviderPace pace = fixture.gate.pace();
    double seconds = pace.callTime().toNanos() / 1e9;
    assertThat(seconds).isGreaterThanOrEqualTo(0.4);
    // 49 calls a second, each taking the call time (with a margin), plus the spare ones
    int expected = (int) Math.ceil(3_000 * Limits.HEADROOM / 60 * (seconds * 1.2 + 0.5)) + 4;
    assertThat(pace.inFlightTarget()).isEqualTo(expected);
  }

  private static void runAtOnce(LlmProvider provider, int calls, String prefix) throws Exception {
    runAtOnce(List.of(provider), calls, prefix);
  }

  /**
   * Makes {@code calls} calls at once, spread over {@code nodes}; a call refused as rate limited
   * comes back after its wait, as the queue brings its article back.
   */
  static void runAtOnce(List<LlmProvider> nodes, int calls, String prefix) throws Exception {
    try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        LlmProvider node = nodes.get(i % nodes.size());
        String keyword = prefix + " " + i;
        futures.add(callers.submit(() -> untilAdmitted(node, keyword)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    }
  }

  private static Object untilAdmitted(LlmProvider node, String keyword)
      throws InterruptedException {
    while (true) {
      try {
        return node.generate(LlmProviderTest.spec(keyword, 100));
      } catch (GenerationFailure f) {
        if (f.kind() != Kind.RATE_LIMITED) {
          throw f;
        }
        Thread.sleep(Math.max(10, f.retryAfter().toMillis()));
      }
    }
  }

  private ProviderSettingsFixture fixture(Wire wire, LlmSimulator simulator, int rpm, int tpm) {
    return new ProviderSettingsFixture(wire, simulator, rpm, tpm, Map.of());
  }

  private LlmSimulator simulator(int rpm, int tpm) {
    LlmSimulator simulator = LlmSimulator.start(KEY, rpm, tpm);
    simulators.add(simulator);
    return simulator;
  }
}
