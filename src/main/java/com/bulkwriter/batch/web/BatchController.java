package com.bulkwriter.batch.web;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.internal.ArticleFilter;
import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchManagement;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.Counts;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Submitting batches and reading and steering the queue of their articles. */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "Batches", description = "Submit keywords in bulk and follow their articles")
@ApiResponse(
    responseCode = "400",
    description = "Invalid input; `errors` names each bad row and field")
@ApiResponse(responseCode = "404", description = "No such batch or article")
class BatchController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final BatchService service;
  private final BatchManagement management;
  private final CurrentOwner owner;
  private final Engines engines;

  BatchController(
      BatchService service, BatchManagement management, CurrentOwner owner, Engines engines) {
    this.service = service;
    this.management = management;
    this.owner = owner;
    this.engines = engines;
  }

  @Operation(
      summary = "Submit a batch as JSON",
      description =
          "Body: {\"name\", \"settings\": {provider, model, language, tone, wordCount, audience,"
              + " pointOfView, includeFaq, instructions}, \"items\": [{\"keyword\", <overrides>}]}."
              + " Nothing is saved when any row is invalid.")
  @ApiResponse(
      responseCode = "202",
      description =
          "Accepted; Location is the batch; `estimate` (as POST /bulk/estimate answers) is"
              + " absent when an Idempotency-Key replays an earlier submit")
  @ApiResponse(responseCode = "413", description = "Body larger than bulkwriter.web.max-body-size")
  @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body")
  @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<BatchView> submitJson(
      @RequestBody JsonNode body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    return accepted(service.submitJson(owner.get(), body, key(idempotencyKey)));
  }

  @Operation(
      summary = "Submit a batch as CSV",
      description =
          "A header row with a keyword column; other columns (title, tone, wordCount, ...)"
              + " override settings per row. The batch name and settings are query parameters."
              + " The body must be UTF-8: other bytes are refused with 400 naming the row.")
  @ApiResponse(responseCode = "202", description = "Accepted; Location is the batch")
  @PostMapping(path = "/bulk", consumes = "text/csv")
  ResponseEntity<BatchView> submitCsv(
      @RequestBody byte[] csv,
      @Parameter(description = "name and any batch setting, e.g. ?name=Spring&tone=casual")
          @RequestParam
          Map<String, String> parameters,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    return accepted(service.submitCsv(owner.get(), csv, parameters, key(idempotencyKey)));
  }

  @Operation(
      summary = "Estimate a JSON batch without saving it",
      description =
          "Same body and validation as POST /api/articles/bulk. Answers the number of articles,"
              + " requests, expected prompt and completion tokens, expected cost (null when a"
              + " model has no configured price) and expected duration in seconds from the"
              + " provider's limits (requests and tokens per minute, calls in flight) or, for the"
              + " offline engine, its delay and the queue's max-in-flight; per provider and in"
              + " total. `keywordGroups`: the keywords that would compete for the same search,"
              + " with each other or with the owner's earlier batches (see docs/keywords.md).")
  @ApiResponse(responseCode = "200", description = "The estimate; nothing was saved")
  @PostMapping(path = "/bulk/estimate", consumes = MediaType.APPLICATION_JSON_VALUE)
  EstimateView estimateJson(@RequestBody JsonNode body) {
    return EstimateView.of(service.estimateJson(owner.get(), body));
  }

  @Operation(
      summary = "Estimate a CSV batch without saving it",
      description = "Same body and query parameters as the CSV submit; answers as for JSON.")
  @ApiResponse(responseCode = "200", description = "The estimate; nothing was saved")
  @PostMapping(path = "/bulk/estimate", consumes = "text/csv")
  EstimateView estimateCsv(
      @RequestBody byte[] csv,
      @Parameter(description = "name and any batch setting, e.g. ?wordCount=2000") @RequestParam
          Map<String, String> parameters) {
    return EstimateView.of(service.estimateCsv(owner.get(), csv, parameters));
  }

  @Operation(
      summary = "List, search, filter and sort batches",
      description =
          "Newest first by default, archived batches left out. `q` finds batches whose name or"
              + " any of whose keywords contains it (case-insensitive; `searchIn` narrows that"
              + " to `name` or `keyword`); filters by `status`, creation time (`createdFrom`"
              + " inclusive, `createdBefore` exclusive, ISO-8601 instants), `archived`"
              + " (`false`: hidden, the default; `true`: only archived; `all`) and, for admins,"
              + " `owner`; `sort` by `created`, `name`, `status` or `articles`, `order` `asc` or"
              + " `desc` (default: `desc` for created and articles, `asc` otherwise).")
  @GetMapping("/queue")
  PageOf<BatchView> batches(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String status,
      @ParameterObject BatchListParameters filter) {
    PageOf<Batch> batches =
        management.list(
            owner.scope(),
            filter.query(parse(BatchStatus.class, status)),
            new PageRequest(page, size));
    Map<UUID, Counts> counts = service.counts(batches.content());
    return batches.map(b -> view(b, counts.get(b.id())));
  }

  @Operation(
      summary = "One batch with its articles (paged, filter by status, review state, search)",
      description =
          "review: UNREVIEWED, APPROVED or REJECTED; q: text in the keyword or title"
              + " (case-insensitive)")
  @GetMapping("/queue/{id}")
  BatchView batch(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String review,
      @RequestParam(required = false) String q) {
    Batch batch = service.batch(owner.scope(), id);
    var filter =
        new ArticleFilter(
            parse(ArticleState.class, status), parse(ReviewState.class, review, "review"), q);
    var items = service.articlesMatching(owner.scope(), id, filter, new PageRequest(page, size));
    return BatchView.of(
        batch, service.counts(batch), engines.of(batch.settings().provider()), items);
  }

  @Operation(summary = "Stop claiming the batch's articles; running ones finish")
  @ApiResponse(responseCode = "409", description = "Not running")
  @PostMapping("/queue/{id}/pause")
  BatchView pause(@PathVariable UUID id) {
    return view(service.pause(owner.scope(), id));
  }

  @Operation(
      summary = "Claim the batch's articles again",
      description =
          "A batch paused at its budget cap (settings.maxCostUsd) resumes only with a higher cap"
              + " in maxCostUsd; without one the answer is 409 naming the cap and the cost.")
  @ApiResponse(
      responseCode = "409",
      description = "Not paused, or its cost has reached the budget cap (raise it with maxCostUsd)")
  @PostMapping("/queue/{id}/resume")
  BatchView resume(
      @PathVariable UUID id,
      @Parameter(description = "a new budget cap in US dollars, above what the batch has cost")
          @RequestParam(required = false)
          BigDecimal maxCostUsd) {
    return view(service.resume(owner.scope(), id, maxCostUsd));
  }

  @Operation(summary = "Cancel the batch: every unfinished article becomes CANCELLED")
  @ApiResponse(responseCode = "409", description = "Already cancelled or completed")
  @PostMapping("/queue/{id}/cancel")
  BatchView cancel(@PathVariable UUID id) {
    return view(service.cancel(owner.scope(), id));
  }

  @Operation(summary = "Queue the failed articles again with fresh attempts")
  @ApiResponse(responseCode = "409", description = "The batch is cancelled")
  @ApiResponse(
      responseCode = "429",
      description =
          "The failed articles would take the owner over a per-user limit (queued at once, per"
              + " day); `limit` names it. Nothing is queued again.")
  @PostMapping("/queue/{id}/retry-failed")
  BatchView retryFailed(@PathVariable UUID id) {
    return view(service.retryFailed(owner.scope(), id));
  }

  private ResponseEntity<BatchView> accepted(BatchService.Submitted submitted) {
    Batch batch = submitted.batch();
    return ResponseEntity.accepted()
        .location(URI.create("/api/articles/queue/" + batch.id()))
        .header("Idempotent-Replayed", String.valueOf(!submitted.created()))
        .body(
            BatchView.of(
                batch,
                service.counts(batch),
                engines.of(batch.settings().provider()),
                null,
                submitted.estimate()));
  }

  private BatchView view(Batch batch) {
    return view(batch, service.counts(batch));
  }

  private BatchView view(Batch batch, Counts counts) {
    return BatchView.of(batch, counts, engines.of(batch.settings().provider()), null);
  }

  private static String key(String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return null;
    }
    if (idempotencyKey.length() > 200) {
      throw new InvalidInputException(
          "The Idempotency-Key header is too long.",
          List.of(InputError.field(IDEMPOTENCY_KEY, "at most 200 characters")));
    }
    return idempotencyKey.strip();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return parse(type, value, "status");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Unknown " + field + " " + value,
          List.of(
              InputError.field(
                  field,
                  "'%s' is not one of %s"
                      .formatted(value, List.of(type.getEnumConstants()).toString()))));
    }
  }
}
