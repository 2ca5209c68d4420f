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
 * @param pending the article was written and waits for its checks (moments, usually): until then it
 *     is neither passing nor failing; {@code checks} are those of the version checked before, if
 *     any
 * @param version the article version that was checked
 * @param checkedAt when; {@code null}: never checked (no text yet, or its first checks pending)
 * @param readability reading ease on a 0–100 scale; {@code null} when the language has no formula
 * @param formula the readability formula used
 * @param checks every check with its result (empty when not checked)
 * @param nearDuplicates the batch's articles with nearly the same text
 */
record ArticleQualityView(
    UUID articleId,
    boolean pending,
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
        assessment.pending(),
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
