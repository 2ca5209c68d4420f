package com.bulkwriter.quality.web;

import com.bulkwriter.quality.internal.QualityReports.FailingArticle;
import com.bulkwriter.quality.internal.QualityReports.Failure;
import java.util.List;
import java.util.UUID;

/** An article failing at least one check, with the badges of everything it fails. */
record FailingArticleView(
    UUID id, int position, String keyword, String title, List<FailedCheck> failures) {

  /** A failed check: its name, how the page names it, and what is wrong. */
  record FailedCheck(String check, String label, String detail) {
    static FailedCheck of(Failure failure) {
      return new FailedCheck(failure.check().name(), failure.check().label(), failure.detail());
    }
  }

  static FailingArticleView of(FailingArticle article) {
    return new FailingArticleView(
        article.id(),
        article.position(),
        article.keyword(),
        article.title(),
        article.failures().stream().map(FailedCheck::of).toList());
  }
}
