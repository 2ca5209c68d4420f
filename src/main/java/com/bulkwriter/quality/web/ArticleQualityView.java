package com.bulkwriter.quality.web;

import com.bulkwriter.quality.QualityCheck;
import com.bulkwriter.quality.internal.QualityReports.Assessment;
import com.bulkwriter.quality.internal.QualityReports.Failure;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One article's checks.
 *
 * @param version the article version that was checked
 * @param checkedAt when; {@code null}: not checked (no text yet)
 * @param readability reading ease on a 0–100 scale; {@code null} when the language has no formula
 * @param formula the readability formula used
 * @param checks every check with its result (empty when not checked)
 * @param nearDuplicates the batch's articles with nearly the same text
 */
record ArticleQualityView(
    UUID articleId,
    @Nullable Integer version,
    @Nullable Instant checkedAt,
    @Nullable Double readability,
    @Nullable String formula,
    List<CheckResult> checks,
    List<NearDuplicateView> nearDuplicates) {

  /** One check: passed, or failed with what is wrong. */
  record CheckResult(String check, String label, boolean passed, @Nullable String detail) {}

  /** An article of the batch nearly the same as this one. */
  record NearDuplicateView(UUID articleId, String keyword, String title, double similarity) {}

  static ArticleQualityView of(Assessment assessment) {
    Map<QualityCheck, Failure> failed =
        assessment.failures().stream()
            .collect(Collectors.toMap(Failure::check, Function.identity()));
    List<CheckResult> checks =
        assessment.checkedAt() == null
            ? List.of()
            : Arrays.stream(QualityCheck.values())
                .map(
                    c ->
                        new CheckResult(
                            c.name(),
                            c.label(),
                            !failed.containsKey(c),
                            failed.containsKey(c) ? failed.get(c).detail() : null))
                .toList();
    return new ArticleQualityView(
        assessment.articleId(),
        assessment.version(),
        assessment.checkedAt(),
        assessment.readability(),
        assessment.formula(),
        checks,
        assessment.nearDuplicates().stream()
            .map(d -> new NearDuplicateView(d.articleId(), d.keyword(), d.title(), d.similarity()))
            .toList());
  }
}
