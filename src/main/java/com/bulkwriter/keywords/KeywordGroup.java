package com.bulkwriter.keywords;

import java.util.List;

/**
 * Keywords that would compete for the same search: rows of this batch that normalise alike, and
 * earlier batches' keywords with the same key.
 *
 * @param key the normalised form of the group's first keyword (language, then its sorted stems)
 * @param match {@code SAME} when every keyword normalises to one key, {@code SIMILAR} when the
 *     group joins keys whose stems overlap at least as much as {@code
 *     bulkwriter.keywords.similarity}
 * @param rows 1-based rows of the submission, in order
 * @param keywords the keywords of those rows, as typed
 * @param earlier earlier batches' uses of the group's keys, newest first (at most {@code
 *     bulkwriter.keywords.earlier-per-group})
 */
public record KeywordGroup(
    String key, Match match, List<Integer> rows, List<String> keywords, List<EarlierUse> earlier) {

  /** How the group's keywords relate. */
  public enum Match {
    SAME,
    SIMILAR
  }
}
