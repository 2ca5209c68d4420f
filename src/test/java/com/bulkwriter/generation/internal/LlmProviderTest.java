package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.GenerationFailure.Kind;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.LlmSimulator.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both LLM providers against a real HTTP server speaking their wire protocols (see {@link
 * LlmSimulator}): articles, usage, the classification of every fault, and the rate limiting.
 */
class LlmProviderTest {

  enum Wire {
    OPENAI,
    ANTHROPIC
  }

  private static final String KEY = "sk-test-secret";
  private final List<LlmSimulator> simulators = new ArrayList<>();

  @AfterEach
  void stopSimulators() {
    simulators.forEach(LlmSimulator::close);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void writesTheArticleFromTheStreamedAnswerWithTitleSlugMetaAndTokenUsage(Wire wire) {
    LlmSimulator simulator = simulator(6_000, 1_000_000);
    LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());

    GeneratedArticle article = provider.generate(spec("espresso at home", 400));

    assertThat(article.title()).isEqualTo("A Guide to espresso at home");
    assertThat(article.slug()).isEqualTo("espresso-at-home");
    assertThat(article.metaDescription()).startsWith("Everything you need to know");
    assertThat(article.markdown()).startsWith("# A Guide to espresso at home\n\n## Part 1\n\n");
    assertThat(article.wordCount()).isBetween(340, 460);
    assertThat(article.usage().promptTokens()).isPositive();
    assertThat(article.usage().completionTokens()).isPositive();
    assertThat(article.usage().costUsd()).isPositive();
    assertThat(simulator.written("espresso at home")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aLongArticleIsWrittenOutlineFirstThenSectionBySectionWithinFifteenPercentOfItsLength(
      Wire wire) {
    LlmSimulator simulator = simulator(6_000, 1_000_000);
    LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());

    GeneratedArticle article = provider.generate(spec("sourdough baking", 2_000));

    assertThat(simulator.requests()).isEqualTo(9);
    assertThat(simulator.written("outline: sourdough baking")).isEqualTo(1);
    assertThat(simulator.written("section 8: sourdough baking")).isEqualTo(1);
    assertThat(article.title()).isEqualTo("A Long Guide to sourdough baking");
    assertThat(article.slug()).isEqualTo("long-sourdough-baking");
    assertThat(article.markdown())
        .startsWith("# A Long Guide to sourdough baking\n\n## Chapter 1\n");
    assertThat(article.markdown().indexOf("## Chapter 7"))
        .isLessThan(article.markdown().indexOf("## Chapter 8"));
    assertThat(article.wordCount()).isBetween(1_700, 2_300);
    assertThat(article.usage().completionTokens()).isEqualTo(simulator.billedCompletionTokens());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theWordsWrittenSoFarAreReportedWhileTheAnswerStreams(Wire wire) {
    List<Integer> reported = new ArrayList<>();
    GeneratedArticle article = writeWatched(wire, spec("cold brew", 1_200), reported);

    // the simulator streams the answer in eight parts
    assertThat(reported).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates().isSorted();
    assertThat(reported.getFirst()).isLessThan(article.wordCount() / 4);
    assertThat(reported.getLast()).isBetween(article.wordCount() * 3 / 4, article.wordCount());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aLongArticleReportsItsWordsAcrossItsSectionsAgainstTheWholeTarget(Wire wire) {
    List<Integer> reported = new ArrayList<>();
    GeneratedArticle article = writeWatched(wire, spec("sourdough baking", 2_000), reported);

    assertThat(reported).hasSizeGreaterThan(8).isSorted(); // several per section, 8 sections
    assertThat(reported.getFirst()).isLessThan(300);
    assertThat(reported.getLast()).isEqualTo(article.wordCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"HTTP_500", "HTTP_503", "RESET", "GARBAGE", "TRUNCATED"})
  void transientFaultsAreRetryable(Fault fault) {
    for (Wire wire : Wire.values()) {
      LlmSimulator simulator = simulator(6_000, 1_000_000).failNext(fault);
      LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());
      assertThatThrownBy(() -> provider.generate(spec("flaky", 200)))
          .isInstanceOfSatisfying(
              GenerationFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RETRYABLE));
      assertThat(provider.generate(spec("flaky", 200)).title()).contains("flaky");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"UNAUTHORIZED", "MODEL_NOT_FOUND", "QUOTA"})
  void aRejectedKeyAnUnknownModelOrAnExhaustedQuotaIsFatalForTheProvider(Fault fault) {
    LlmSimulator simulator = simulator(6_000, 1_000_000).failNext(fault);
    LlmProvider provider = provider(Wire.OPENAI, simulator, 6_000, 1_000_000, Map.of());
    assertThatThrownBy(() -> provider.generate(spec("anything", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.FATAL);
              assertThat(f.getMessage()).doesNotContain(KEY);
            });
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aWrongKeyNamesTheSettingToFixAndNeverTheKey(Wire wire) {
    LlmSimulator simulator = simulator(6_000, 1_000_000).revokeKey(true);
    LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());
    assertThatThrownBy(() -> provider.generate(spec("anything", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.FATAL);
              assertThat(f.getMessage()).contains("401").contains(".api-key").doesNotContain(KEY);
            });
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aRefusedArticleIsAPermanentFailureOfThatArticleOnly(Wire wire) {
    LlmSimulator simulator = simulator(6_000, 1_000_000).failNext(Fault.CONTENT_FILTER);
    LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());
    assertThatThrownBy(() -> provider.generate(spec("forbidden", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.PERMANENT));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void a429GivesBackTheProvidersRetryAfterAndHoldsFurtherCallsWithoutSendingThem(Wire wire) {
    // one request a minute, and no header says so: the second call is sent and answered 429
    LlmSimulator simulator = simulator(1, 1_000_000).announceLimits(false);
    LlmProvider provider = provider(wire, simulator, 6_000, 1_000_000, Map.of());
    provider.generate(spec("first", 200));

    assertThatThrownBy(() -> provider.generate(spec("second", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(f.retryAfter()).isGreaterThan(Duration.ofSeconds(30));
            });
    assertThatThrownBy(() -> provider.generate(spec("third", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED));
    assertThat(simulator.requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void concurrentCallsArePacedEvenlySoAStrictProviderNeverAnswers429(Wire wire) throws Exception {
    // the simulator allows 20 requests in any second; 40 callers at once would be a burst
    LlmSimulator simulator = simulator(1_200, 10_000_000);
    LlmProvider provider = provider(wire, simulator, 1_200, 10_000_000, Map.of());
    try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<GeneratedArticle>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String keyword = "paced " + i;
        calls.add(callers.submit(() -> provider.generate(spec(keyword, 150))));
      }
      for (Future<GeneratedArticle> call : calls) {
        assertThat(call.get().wordCount()).isPositive();
      }
    }
    assertThat(simulator.rateLimited()).isZero();
    assertThat(simulator.requests()).isEqualTo(40);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aBudgetThatCannotBeMetWithinTheAdmissionWaitIsRefusedWithoutCallingTheProvider(Wire wire) {
    LlmSimulator simulator = simulator(6_000, 1_000_000);
    LlmProvider provider =
        provider(wire, simulator, 1, 1_000_000, Map.of("admission-wait", Duration.ofMillis(50)));
    provider.generate(spec("only one a minute", 200));

    assertThatThrownBy(() -> provider.generate(spec("too soon", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED));
    assertThat(simulator.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theCircuitBreakerStopsCallingAProviderThatFailsEveryCall(Wire wire) {
    LlmSimulator simulator =
        simulator(6_000, 1_000_000).failNext(Fault.HTTP_500, Fault.HTTP_500, Fault.HTTP_503);
    ProviderSettingsFixture fixture =
        new ProviderSettingsFixture(wire, simulator, 6_000, 1_000_000, Map.of("circuit-window", 4));
    LlmProvider provider = fixture.provider();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> provider.generate(spec("down", 200)))
          .isInstanceOf(GenerationFailure.class);
    }

    assertThat(fixture.gate.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> provider.generate(spec("down", 200)))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(f.getMessage()).contains("circuit breaker");
            });
    assertThat(simulator.requests()).isEqualTo(2);
  }

  // --- fixtures

  /** Writes {@code spec} against a new simulator, adding every progress report to {@code into}. */
  private GeneratedArticle writeWatched(Wire wire, ArticleSpec spec, List<Integer> into) {
    LlmProvider provider = provider(wire, simulator(6_000, 1_000_000), 6_000, 1_000_000, Map.of());
    return provider.generate(UUID.randomUUID(), spec, into::add);
  }

  private LlmSimulator simulator(int rpm, int tpm) {
    LlmSimulator simulator = LlmSimulator.start(KEY, rpm, tpm);
    simulators.add(simulator);
    return simulator;
  }

  private static LlmProvider provider(
      Wire wire, LlmSimulator simulator, int rpm, int tpm, Map<String, Object> generation) {
    return new ProviderSettingsFixture(wire, simulator, rpm, tpm, generation).provider();
  }

  static ArticleSpec spec(String keyword, int words) {
    return new ArticleSpec(
        keyword,
        null,
        "openai",
        null,
        "en",
        "friendly",
        words,
        "home cooks",
        "second-person",
        false,
        "Mention one common mistake.",
        List.of(),
        List.of());
  }

  /** A provider wired as the application wires it, pointed at a simulator. */
  static final class ProviderSettingsFixture {
    final ProviderSettings settings;
    final WireProtocol protocol;
    final GenerationProperties properties;
    final ProviderGate gate;

    ProviderSettingsFixture(
        Wire wire, LlmSimulator simulator, int rpm, int tpm, Map<String, Object> generation) {
      URI base = URI.create(simulator.baseUrl());
      Duration timeout = Duration.ofSeconds(10);
      this.settings =
          wire == Wire.OPENAI
              ? new OpenAiProperties(base, KEY, "gpt-4o-mini", null, rpm, tpm, 64, timeout)
              : new AnthropicProperties(
                  base, KEY, "claude-3-5-haiku-latest", null, rpm, tpm, 64, timeout);
      this.protocol = wire == Wire.OPENAI ? new OpenAiProtocol() : new AnthropicProtocol();
      this.properties =
          new GenerationProperties(
              (Duration) generation.getOrDefault("admission-wait", Duration.ofSeconds(30)),
              (Integer) generation.getOrDefault("circuit-window", 50),
              50,
              Duration.ofSeconds(30),
              null,
              null,
              null,
              null,
              null);
      this.gate =
          new ProviderGate(
              settings, protocol.name(), Buckets.local(), properties, Clock.systemUTC());
    }

    LlmProvider provider() {
      return new LlmProvider(
          new com.bulkwriter.generation.ProviderInfo(
              protocol.name(), protocol.name(), false, settings.allModels(), settings.limits()),
          settings,
          protocol,
          new ChatClient(HttpClient.newHttpClient(), Clock.systemUTC()),
          gate,
          properties,
          null);
    }
  }
}
