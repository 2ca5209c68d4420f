package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleGenerator;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.ProviderLimits;
import com.bulkwriter.generation.ProviderPace;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.WorkEstimate;
import com.bulkwriter.generation.WritingProgress;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LLM provider: builds the prompt from the article's settings, waits for the provider's rate
 * limits, streams the answer and turns it into a stored article with its token usage and cost.
 */
final class LlmProvider implements ArticleGenerator {

  private static final Logger log = LoggerFactory.getLogger(LlmProvider.class);

  private final ProviderInfo info;
  private final ProviderSettings settings;
  private final WireProtocol protocol;
  private final ChatClient client;
  private final ProviderGate gate;
  private final GenerationProperties properties;
  private final ArticleStepStore steps;
  private final BatchApi batchApi;

  /**
   * @param steps where long articles' finished steps are kept; {@code null} keeps them for one call
   */
  LlmProvider(
      ProviderInfo info,
      ProviderSettings settings,
      WireProtocol protocol,
      ChatClient client,
      ProviderGate gate,
      GenerationProperties properties,
      ArticleStepStore steps) {
    this(info, settings, protocol, client, gate, properties, steps, null);
  }

  /**
   * @param steps where long articles' finished steps are kept; {@code null} keeps them for one call
   * @param batchApi the provider's batch API for economy mode; {@code null} when it has none
   */
  LlmProvider(
      ProviderInfo info,
      ProviderSettings settings,
      WireProtocol protocol,
      ChatClient client,
      ProviderGate gate,
      GenerationProperties properties,
      ArticleStepStore steps,
      BatchApi batchApi) {
    this.batchApi = batchApi;
    this.info = info;
    this.steps = steps;
    this.settings = settings;
    this.protocol = protocol;
    this.client = client;
    this.gate = gate;
    this.properties = properties;
  }

  @Override
  public ProviderInfo info() {
    return info;
  }

  @Override
  public GeneratedArticle generate(ArticleSpec spec) {
    return generate(spec, StepLog.inMemory(), WritingProgress.NONE);
  }

  @Override
  public GeneratedArticle generate(UUID articleId, ArticleSpec spec, WritingProgress progress) {
    StepLog log = steps == null ? StepLog.inMemory() : steps.forArticle(articleId);
    return generate(spec, log, progress);
  }

  @Override
  public WorkEstimate estimate(List<ArticleSpec> specs, int workers) {
    return new LlmEstimator(settings, properties)
        .estimate(info.name(), specs, workers, pace(), batchApi != null);
  }

  @Override
  public BatchApi batchApi() {
    return batchApi;
  }

  @Override
  public ProviderPace pace() {
    return gate.pace();
  }

  @Override
  public ProviderLimits limitsInForce() {
    return gate.limitsInForce();
  }

  /**
   * Short articles in one call; long ones outline first, then section by section. Either way the
   * words of the streamed answer are told to {@code progress} as they come.
   */
  private GeneratedArticle generate(ArticleSpec spec, StepLog log, WritingProgress progress) {
    String model = spec.model() == null || spec.model().isBlank() ? settings.model() : spec.model();
    if (spec.wordCount() > properties.longArticleWords()) {
      return new LongArticleWriter(
              (prompt, streamed) -> {
                Completion completion = call(prompt, model, streamed);
                return new LongArticleWriter.Answer(completion.text(), usage(model, completion));
              })
          .write(spec, log, progress);
    }
    Completion completion = call(Prompts.article(spec), model, progress);
    return ArticleParser.parse(completion.text(), spec, usage(model, completion));
  }

  /** One call through the gate: rate limits, in-flight cap, circuit breaker. */
  private Completion call(Prompt prompt, String model, WritingProgress progress) {
    ProviderGate.Permit permit = gate.admit(prompt.estimatedTokens());
    Completion completion;
    try {
      completion =
          client.call(
              protocol.request(settings, prompt, model),
              protocol,
              settings.timeout(),
              (status, headers) -> {
                gate.observe(headers);
                permit.answered(status);
              },
              new StreamedWords(progress));
    } catch (GenerationFailure failure) {
      permit.failed(failure);
      throw failure;
    } catch (RuntimeException unexpected) {
      GenerationFailure failure =
          GenerationFailure.retryable("Unexpected error calling " + info.name(), unexpected);
      permit.failed(failure);
      throw failure;
    }
    try {
      permit.succeeded(completion.totalTokens());
    } catch (RuntimeException bookkeeping) {
      // the answer is complete and paid for: a limiter or breaker failure must not lose it
      log.warn("Could not account a call to {}; its answer is kept", info.name(), bookkeeping);
    }
    return completion;
  }

  /** The tokens billed and their price at the configured per-model prices. */
  TokenUsage usage(String model, Completion completion) {
    return new TokenUsage(
        completion.promptTokens(),
        completion.completionTokens(),
        properties.cost(model, completion.promptTokens(), completion.completionTokens()));
  }
}
