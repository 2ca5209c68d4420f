package com.bulkwriter.quality.web;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.quality.internal.QualityReports;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quality checks of a batch's articles (docs/quality.md). */
@RestController
@Tag(name = "Quality", description = "Quality checks of written articles")
class QualityController {

  private final QualityReports reports;
  private final CurrentOwner owner;

  QualityController(QualityReports reports, CurrentOwner owner) {
    this.reports = reports;
    this.owner = owner;
  }

  @Operation(
      summary = "The batch's quality summary: finished articles checked, failing, per check",
      description =
          "Every check is listed, with the number of finished articles that fail it (0 when none"
              + " do). `pending`: finished articles whose checks run moments after they were"
              + " written; they are not counted as checked, passing or failing yet. Regenerate the failing ones with POST /api/articles/queue/{id}/actions"
              + " {\"action\": \"REGENERATE\", \"filter\": {\"fails\": \"TITLE_LENGTH\"}} (or"
              + " \"ANY\").")
  @ApiResponse(responseCode = "404", description = "No such batch (or not yours)")
  @GetMapping("/api/articles/queue/{id}/quality")
  QualitySummaryView summary(@PathVariable UUID id) {
    return QualitySummaryView.of(reports.batch(owner.scope(), id));
  }

  @Operation(
      summary = "The batch's finished articles that fail a check, with every check they fail",
      description =
          "fails: a check's name (LENGTH, KEYWORD_IN_TITLE, … see GET"
              + " /api/articles/queue/{id}/quality); without it, articles failing any check. In"
              + " row order, paged.")
  @ApiResponse(
      responseCode = "400",
      description = "An unknown check, or a page out of range; `errors` names the parameter")
  @ApiResponse(responseCode = "404", description = "No such batch (or not yours)")
  @GetMapping("/api/articles/queue/{id}/quality/articles")
  PageOf<FailingArticleView> failing(
      @PathVariable UUID id,
      @RequestParam(required = false) String fails,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    QualityCheck check = check(fails);
    return reports
        .failing(owner.scope(), id, check, new PageRequest(page, size))
        .map(FailingArticleView::of);
  }

  @Operation(
      summary = "One article's quality checks",
      description =
          "Every check with whether it passed and what is wrong, the reading ease with its"
              + " formula, and the batch's articles nearly the same as this one. `checkedAt` is"
              + " null for an article that has no text yet. `pending`: the article was written and"
              + " its checks run moments later; until then `checks` are those of the version"
              + " checked before (`version`), or empty.")
  @ApiResponse(responseCode = "404", description = "No such article (or not yours)")
  @GetMapping("/api/articles/{articleId}/quality")
  ArticleQualityView article(@PathVariable UUID articleId) {
    return ArticleQualityView.of(reports.article(owner.scope(), articleId));
  }

  private static QualityCheck check(String fails) {
    if (fails == null || fails.isBlank()) {
      return null;
    }
    return QualityCheck.named(fails)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Unknown quality check " + fails,
                    List.of(
                        InputError.field(
                            "fails",
                            "'%s' is not one of %s"
                                .formatted(fails, Arrays.asList(QualityCheck.values()))))));
  }
}
