package com.bulkwriter.batch.web;

import com.bulkwriter.batch.ReviewState;
import com.bulkwriter.batch.internal.Article;
import com.bulkwriter.batch.internal.ArticleReviews;
import com.bulkwriter.batch.internal.BulkAction;
import com.bulkwriter.batch.internal.BulkActionService;
import com.bulkwriter.batch.internal.BulkRequest;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reviewing articles one at a time, and bulk actions on a selection of a batch's articles. */
@RestController
@Tag(name = "Review", description = "Approve or reject articles; bulk actions on a selection")
class ReviewController {

  private final ArticleReviews reviews;
  private final BulkActionService bulk;
  private final CurrentOwner owner;
  private final Engines engines;

  ReviewController(
      ArticleReviews reviews, BulkActionService bulk, CurrentOwner owner, Engines engines) {
    this.reviews = reviews;
    this.bulk = bulk;
    this.owner = owner;
    this.engines = engines;
  }

  /** A reviewer's decision on one article. */
  record ReviewRequest(
      @Schema(description = "APPROVED, REJECTED or UNREVIEWED") String state,
      @Schema(description = "why it is rejected (required for REJECTED, at most 2,000 characters)")
          String note) {}

  @Operation(
      summary = "Approve or reject one article (or set it back to unreviewed)",
      description =
          "Body: {\"state\": \"APPROVED\" | \"REJECTED\" | \"UNREVIEWED\", \"note\": \"...\"}. A"
              + " rejection needs a note; a regenerate of the rejected article adds the note to the"
              + " instructions it is written with. Answers with the article and its review.")
  @ApiResponse(responseCode = "200", description = "The article with its new review")
  @ApiResponse(
      responseCode = "400",
      description = "Unknown state, or a rejection without a note; `errors` names the field")
  @ApiResponse(responseCode = "404", description = "No such article (or not yours)")
  @ApiResponse(responseCode = "409", description = "The article has no result (not succeeded)")
  @PostMapping("/api/articles/{articleId}/review")
  ArticleView review(@PathVariable UUID articleId, @RequestBody ReviewRequest request) {
    Article article =
        reviews.review(
            owner.scope(), owner.get(), articleId, state(request.state()), request.note());
    return ArticleView.of(article, engines.of(article.spec().provider()));
  }

  @Operation(
      summary = "Act on a selection of the batch's articles",
      description =
          "Body: {\"action\": \"APPROVE\" | \"REJECT\" | \"REGENERATE\" | \"DELETE\","
              + " \"articleIds\": [...] (the ticked articles) or \"filter\": {\"status\","
              + " \"review\", \"search\", \"fails\"} (all matching; fails: a quality check or"
              + " ANY; {} for every article), \"note\" (REJECT),"
              + " \"changes\": {\"tone\", \"wordCount\", \"instructions\"} (REGENERATE, optional)}."
              + " Everything is checked first; nothing changes when anything is wrong. Up to"
              + " bulkwriter.batch.bulk-inline-limit articles change at once (200, finished);"
              + " larger selections run in the background (202, QUEUED; follow GET"
              + " /api/articles/queue/{id}/actions). DELETE never deletes an article being"
              + " written (RUNNING): a ticked one is refused, one of a filter or one that started"
              + " meanwhile is skipped. Exporting a selection: POST /api/exports with articleIds"
              + " or approvedOnly.")
  @ApiResponse(responseCode = "200", description = "Done within the request")
  @ApiResponse(responseCode = "202", description = "Queued to run in the background")
  @ApiResponse(
      responseCode = "400",
      description =
          "Unknown action, state or review state, a missing note, bad changes, an article not in"
              + " the batch or not in a state the action applies to, or nothing selected;"
              + " `errors` names each field (`articleIds[3]`, `changes.wordCount`)")
  @ApiResponse(responseCode = "404", description = "No such batch (or not yours)")
  @ApiResponse(responseCode = "409", description = "A regenerate of a cancelled batch")
  @ApiResponse(
      responseCode = "429",
      description =
          "A regenerate would take the owner over a per-user limit (queued at once, per day);"
              + " `limit` names it. Nothing is queued.")
  @PostMapping("/api/articles/queue/{id}/actions")
  ResponseEntity<BulkActionView> act(@PathVariable UUID id, @RequestBody BulkRequest request) {
    BulkAction action = bulk.submit(owner.scope(), owner.get(), id, request);
    HttpStatus status = action.status().isFinished() ? HttpStatus.OK : HttpStatus.ACCEPTED;
    return ResponseEntity.status(status).body(BulkActionView.of(action));
  }

  @Operation(
      summary = "The batch's latest bulk actions, newest first, with their progress",
      description =
          "Background actions show how far they are; poll while one is QUEUED or RUNNING.")
  @ApiResponse(responseCode = "404", description = "No such batch (or not yours)")
  @GetMapping("/api/articles/queue/{id}/actions")
  List<BulkActionView> actions(@PathVariable UUID id) {
    return bulk.actions(owner.scope(), id).stream().map(BulkActionView::of).toList();
  }

  private static ReviewState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ReviewState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Unknown review state " + value,
          List.of(
              InputError.field(
                  "state",
                  "'%s' is not one of %s".formatted(value, List.of(ReviewState.values())))));
    }
  }
}
