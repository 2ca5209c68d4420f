package com.bulkwriter.editing.web;

import com.bulkwriter.editing.internal.ArticleEdit;
import com.bulkwriter.editing.internal.ArticleEditor;
import com.bulkwriter.editing.internal.ArticleVersion;
import com.bulkwriter.editing.internal.StaleVersionException;
import com.bulkwriter.editing.internal.VersionDiff;
import com.bulkwriter.editing.internal.VersionRequiredException;
import com.bulkwriter.editing.internal.VersionSummary;
import com.bulkwriter.security.CurrentOwner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing an article: saving new content with optimistic locking (ETag / If-Match), its versions,
 * the diff between two of them, and restoring one. {@code GET /api/articles/{id}} sends the ETag.
 */
@RestController
@Tag(name = "Articles")
class ArticleEditController {

  private static final String IF_MATCH =
      "The ETag of the version the change starts from, as `GET /api/articles/{id}` sent it"
          + " (`\"3\"`), or `*` to overwrite whatever is current. Required.";

  private final ArticleEditor editor;
  private final CurrentOwner owner;

  ArticleEditController(ArticleEditor editor, CurrentOwner owner) {
    this.editor = editor;
    this.owner = owner;
  }

  @Operation(
      summary = "Save an article's title, slug, meta description and Markdown body",
      description =
          "A finished (SUCCEEDED) article only. The save is the article's next version (reason"
              + " EDITED) and its word count is counted again; a save that changes nothing makes no"
              + " version. Answers with the version and its ETag; open pages of the article and"
              + " its batch see the change live.")
  @ApiResponse(responseCode = "200", description = "The version saved; `ETag` is its number")
  @ApiResponse(
      responseCode = "400",
      description =
          "A field is missing, too long, not a slug or holds a control character;"
              + " `errors` names each field. Nothing is saved.")
  @ApiResponse(responseCode = "404", description = "No such article, or not the caller's")
  @ApiResponse(
      responseCode = "409",
      description = "The article is not finished (queued, running: being regenerated; failed)")
  @ApiResponse(
      responseCode = "412",
      description =
          "Someone saved since the version in If-Match; `current` is the current version,"
              + " `currentVersion` its number and `ETag` its tag. Nothing is saved.")
  @ApiResponse(responseCode = "428", description = "If-Match is missing")
  @PutMapping("/api/articles/{articleId}")
  ResponseEntity<ArticleVersion> save(
      @PathVariable UUID articleId,
      @Parameter(description = IF_MATCH)
          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
          String ifMatch,
      @RequestBody ArticleEdit edit) {
    IfMatch match = IfMatch.of(ifMatch);
    ArticleVersion saved =
        editor.save(owner.scope(), articleId, match.sent(), match.version(), edit, owner.get());
    return tagged(saved);
  }

  @Operation(summary = "An article's versions, newest first: number, why, who, when, title, words")
  @GetMapping("/api/articles/{articleId}/versions")
  List<VersionSummary> versions(@PathVariable UUID articleId) {
    return editor.versions(owner.scope(), articleId);
  }

  @Operation(summary = "One version of an article with its full text")
  @ApiResponse(responseCode = "404", description = "No such article or version")
  @GetMapping("/api/articles/{articleId}/versions/{version}")
  ArticleVersion version(@PathVariable UUID articleId, @PathVariable int version) {
    return editor.version(owner.scope(), articleId, version);
  }

  @Operation(
      summary = "What changed between two versions",
      description =
          "The title, slug and meta description when they differ, and the body line by line."
              + " Without `to` the current version; without `from` the one before `to`.")
  @ApiResponse(responseCode = "404", description = "No such article or version")
  @GetMapping("/api/articles/{articleId}/diff")
  VersionDiff diff(
      @PathVariable UUID articleId,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    return editor.diff(owner.scope(), articleId, from, to);
  }

  @Operation(
      summary = "Bring a version back",
      description =
          "Its content becomes the article's next version (reason RESTORED); history is kept."
              + " Needs If-Match like a save.")
  @ApiResponse(responseCode = "200", description = "The new version; `ETag` is its number")
  @ApiResponse(responseCode = "404", description = "No such article or version")
  @ApiResponse(responseCode = "409", description = "The article is not finished")
  @ApiResponse(responseCode = "412", description = "Someone saved since; `current` says how it is")
  @ApiResponse(responseCode = "428", description = "If-Match is missing")
  @PostMapping("/api/articles/{articleId}/versions/{version}/restore")
  ResponseEntity<ArticleVersion> restore(
      @PathVariable UUID articleId,
      @PathVariable int version,
      @Parameter(description = IF_MATCH)
          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
          String ifMatch) {
    IfMatch match = IfMatch.of(ifMatch);
    return tagged(
        editor.restore(
            owner.scope(), articleId, version, match.sent(), match.version(), owner.get()));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
    problem.setTitle("Changed meanwhile");
    problem.setProperty("currentVersion", e.current().version());
    problem.setProperty("current", e.current());
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .eTag(IfMatch.etag(e.current().version()))
        .body(problem);
  }

  @ExceptionHandler
  ProblemDetail versionRequired(VersionRequiredException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    problem.setTitle("If-Match required");
    return problem;
  }

  private static ResponseEntity<ArticleVersion> tagged(ArticleVersion version) {
    return ResponseEntity.ok().eTag(IfMatch.etag(version.version())).body(version);
  }
}
