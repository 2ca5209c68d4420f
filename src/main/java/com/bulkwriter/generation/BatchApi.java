package com.bulkwriter.generation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A provider's batch API (economy mode): requests written as JSON lines, sent as one provider
 * batch, answered within the provider's completion window at its batch discount. Every call is one
 * HTTP exchange; no retries here. A {@link GenerationFailure} that is {@link
 * GenerationFailure#retryable() retryable} is uncertain (the provider may have done it): the caller
 * looks the file or batch up again ({@link #findFile}, {@link #findBatch}) before doing it twice.
 */
public interface BatchApi {

  /** The provider this API belongs to, as in batch settings ({@code openai}, {@code anthropic}). */
  String provider();

  /**
   * Whether the provider takes a batch as an uploaded file ({@link #upload}) that {@link #create}
   * refers to (OpenAI), rather than in the body of {@link #create} (Anthropic).
   */
  boolean uploadsFiles();

  /**
   * One request as a JSON line (no line break), asking for the article {@code spec} under {@code
   * customId}.
   */
  String requestLine(String customId, ArticleSpec spec);

  /**
   * The requests an article needs in the next provider batch, each a JSON line under the custom_id
   * {@code customId} gives for its step. An article up to {@code
   * bulkwriter.generation.long-article-words} is one request for the whole article ({@link
   * #WHOLE_ARTICLE}). A longer one is written in steps saved as they are answered (the same steps,
   * prompts and checkpoints as in realtime): its outline (step 0) while none is saved, else one
   * request for each section not saved yet (1, 2, …). Empty when every step is saved: {@link
   * #assemble} has the article.
   */
  List<StepRequest> requests(UUID articleId, ArticleSpec spec, IntFunction<String> customId);

  /**
   * Reads the answer to step {@code step} (0 or more) of a long article and saves it: the outline
   * read leniently, a section held to its share (a longer one cut). A step already saved keeps its
   * first version.
   *
   * @throws GenerationFailure when the answer is not a usable step (its {@link
   *     GenerationFailure#kind()} says whether another attempt may succeed)
   */
  void saveStep(UUID articleId, ArticleSpec spec, int step, BatchAnswer answer);

  /**
   * The long article assembled from its saved steps (title and sections, normalised, its usage the
   * sum of its steps'), once every step is saved.
   */
  Optional<GeneratedArticle> assemble(UUID articleId, ArticleSpec spec);

  /**
   * Uploads a file of request lines under {@code fileName} (which names the caller's intent, so
   * {@link #findFile} finds it again); returns the provider's file id.
   */
  String upload(Path requests, String fileName);

  /** The id of a file uploaded earlier under {@code fileName}, if the provider has one. */
  Optional<String> findFile(String fileName);

  /**
   * Creates the provider batch from an uploaded file (or, for providers that take no files, from
   * {@code requests} itself), tagged with {@code intent} so {@link #findBatch} finds it again;
   * returns the provider's batch id.
   */
  String create(String fileId, Path requests, String intent);

  /**
   * The provider batch created earlier for an intent, if there is one. Providers that tag batches
   * (OpenAI's metadata) match the intent; the others (Anthropic) match what the intent determines
   * that the provider shows: the number of requests, created no earlier than the intent, and not
   * {@link SentBatch#taken() taken} by another intent.
   */
  Optional<String> findBatch(SentBatch sent);

  /** How many requests, and how many bytes of request lines, one provider batch takes at most. */
  Limits limits();

  /** The provider batch's state now. */
  RemoteBatch retrieve(String batchId);

  /** Asks the provider to cancel the batch; what it finished so far stays readable. */
  void cancel(String batchId);

  /**
   * Reads the answers of an ended batch line by line (the output, then the errors), handing each to
   * {@code each} as it is read: the file is never held whole in memory.
   */
  void answers(RemoteBatch batch, Consumer<BatchAnswer> each);

  /**
   * The article in a successful answer, priced at the configured per-model price less the batch
   * discount.
   *
   * @throws GenerationFailure when the answer is not a usable article (its {@link
   *     GenerationFailure#kind()} says whether another attempt may succeed)
   */
  GeneratedArticle article(ArticleSpec spec, BatchAnswer answer);

  /** The step of a request that asks for the whole article in one answer. */
  int WHOLE_ARTICLE = -1;

  /**
   * One request of an article.
   *
   * @param step {@link #WHOLE_ARTICLE}, or a long article's step: 0 the outline, 1, 2, … a section
   * @param line the request as a JSON line (no line break)
   */
  record StepRequest(int step, String line) {}

  /**
   * A provider batch as the provider reports it.
   *
   * @param id the provider's batch id
   * @param state where it stands
   * @param providerStatus the provider's own word for it ({@code in_progress}, {@code ended}, ...)
   * @param total requests in it
   * @param completed requests answered successfully so far
   * @param failed requests that failed so far
   * @param outputFileId where the answers are, once there are any ({@code null} before)
   * @param errorFileId where the failed requests are ({@code null} when none or not yet)
   * @param expiresAt when the provider gives up on it, if it says
   */
  record RemoteBatch(
      String id,
      State state,
      String providerStatus,
      int total,
      int completed,
      int failed,
      String outputFileId,
      String errorFileId,
      Instant expiresAt) {

    /** Whether nothing more will happen to it: its answers can be read. */
    public boolean ended() {
      return state == State.ENDED;
    }
  }

  /**
   * What is known of a provider batch whose create may have reached the provider.
   *
   * @param intent the intent it was created for
   * @param requests the requests it was sent with
   * @param notBefore it cannot have been created before this (the intent was stored then)
   * @param taken whether a provider batch id is already stored for another intent
   */
  record SentBatch(String intent, int requests, Instant notBefore, Predicate<String> taken) {}

  /**
   * A provider's limits per batch.
   *
   * @param requests requests per provider batch at most
   * @param bytes bytes of request lines (a line break or separator each) per provider batch
   */
  record Limits(int requests, long bytes) {}

  /** Where a provider batch stands. */
  enum State {
    /** Accepted, being checked or worked on. */
    RUNNING,
    /** Being cancelled at our request. */
    CANCELLING,
    /** Done, expired, cancelled or failed as a whole: what it answered can be read. */
    ENDED
  }

  /**
   * One request's answer.
   *
   * @param customId the id the request was sent with
   * @param status the HTTP status the provider gave the request (0 when it gave none)
   * @param text the model's answer, or {@code null} when the request failed
   * @param promptTokens input tokens billed
   * @param completionTokens output tokens billed
   * @param model the model that answered, if the provider says
   * @param finishReason why the model stopped ({@code stop}, {@code length}, ...), if known
   * @param error why the request failed ({@code null} when it did not)
   * @param expired whether it failed only because the batch expired or was cancelled before it was
   *     done (the article goes back to the queue without spending an attempt)
   */
  record BatchAnswer(
      String customId,
      int status,
      String text,
      long promptTokens,
      long completionTokens,
      String model,
      String finishReason,
      String error,
      boolean expired) {

    public static BatchAnswer failed(String customId, int status, String error, boolean expired) {
      return new BatchAnswer(customId, status, null, 0, 0, null, null, error, expired);
    }
  }
}
