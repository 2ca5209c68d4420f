package com.bulkwriter.batch.web;

import com.bulkwriter.batch.ArticleState;
import com.bulkwriter.batch.internal.Article;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.security.CurrentOwner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading one article with its result, and writing it again. */
@RestController
@Tag(name = "Articles")
class ArticleController {

  private final BatchService service;
  private final CurrentOwner owner;
  private final Engines engines;

  ArticleController(BatchService service, CurrentOwner owner, Engines engines) {
    this.service = service;
    this.owner = owner;
    this.engines = engines;
  }

  @Operation(
      summary = "One article: status, attempts, last error, title, slug, Markdown body",
      description =
          "A finished article's `ETag` is its current version (`\"3\"`): send it as If-Match"
              + " to save it (`PUT /api/articles/{id}`).")
  @GetMapping("/api/articles/{articleId}")
  ResponseEntity<ArticleView> article(@PathVariable UUID articleId) {
    Article article = service.article(owner.scope(), articleId);
    var view = ArticleView.of(article, engines.of(article.spec().provider()));
    if (article.status() != ArticleState.SUCCEEDED || article.version() == 0) {
      return ResponseEntity.ok(view);
    }
    return ResponseEntity.ok().eTag("\"" + article.version() + "\"").body(view);
  }

  @Operation(
      summary = "Write one finished article again",
      description =
          "A succeeded or failed article goes back in the queue with fresh attempts and its old"
              + " result cleared; a completed batch runs again. Answers with the queued article.")
  @ApiResponse(responseCode = "200", description = "The article, queued again")
  @ApiResponse(
      responseCode = "429",
      description =
          "One more article would take the owner over a per-user limit (queued at once, per"
              + " day); `limit` names it")
  @ApiResponse(
      responseCode = "409",
      description = "The article is queued, running or cancelled, or its batch is cancelled")
  @PostMapping("/api/articles/{articleId}/regenerate")
  ArticleView regenerate(@PathVariable UUID articleId) {
    Article article = service.regenerate(owner.scope(), articleId);
    return ArticleView.of(article, engines.of(article.spec().provider()));
  }
}
