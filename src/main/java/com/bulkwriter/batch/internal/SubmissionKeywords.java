package com.bulkwriter.batch.internal;

import com.bulkwriter.keywords.Keyword;
import com.bulkwriter.keywords.KeywordCheck;
import com.bulkwriter.keywords.KeywordGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A submission's keywords for the cannibalisation check ({@link KeywordCheck}): each row's keyword
 * in the language it will be written in (its own or the batch's). The estimate answers the groups;
 * a stored batch's keys are remembered for the checks of later batches.
 */
@Component
class SubmissionKeywords {

  private final KeywordCheck check;

  SubmissionKeywords(KeywordCheck check) {
    this.check = check;
  }

  KeywordGroups groups(String owner, ValidSubmission submission) {
    return check.check(owner, keywords(submission));
  }

  /** Remembers a new batch's keys; in the transaction that stores it. */
  void remember(String owner, UUID batchId, ValidSubmission submission) {
    check.remember(owner, batchId, keywords(submission));
  }

  private static List<Keyword> keywords(ValidSubmission submission) {
    String batchLanguage = submission.settings().language();
    List<Keyword> keywords = new ArrayList<>(submission.rows().size());
    int row = 1;
    for (ValidSubmission.Row item : submission.rows()) {
      String own = item.overrides().language();
      keywords.add(new Keyword(row++, item.keyword(), own != null ? own : batchLanguage));
    }
    return keywords;
  }
}
