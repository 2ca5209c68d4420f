package com.bulkwriter.linking.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds a phrase in an article's plain text runs (never in headings, code or links), as whole
 * words, case ignored, where no other anchor of the article is; the anchor keeps the text's own
 * spelling. The runs are lowered once per article, so that many phrases are cheap to look for.
 */
final class AnchorFinder {

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final String markdown;
  private final List<ArticleText.Run> runs = new ArrayList<>();
  private final List<String> lowered = new ArrayList<>();

  /** Every word of the runs, lowered: a phrase with a word not among them is not looked for. */
  private final Set<String> words = new HashSet<>();

  AnchorFinder(ArticleText text) {
    this.markdown = text.markdown();
    for (ArticleText.Run run : text.runs()) {
      String lower = run.text().toLowerCase(Locale.ROOT);
      if (lower.length() == run.text().length()) { // lowering kept every position
        runs.add(run);
        lowered.add(lower);
        words.addAll(List.of(WORD_BREAK.split(lower)));
      }
    }
  }

  /** The first free whole-word occurrence of {@code phrase}, as an anchor to {@code target}. */
  Optional<Anchor> find(String phrase, UUID target, List<Anchor> taken) {
    String wanted = phrase.toLowerCase(Locale.ROOT);
    if (wanted.isEmpty() || !words.containsAll(List.of(WORD_BREAK.split(wanted)))) {
      return Optional.empty(); // the cheap test that spares most searches
    }
    for (int i = 0; i < runs.size(); i++) {
      String lower = lowered.get(i);
      int at = lower.indexOf(wanted);
      while (at >= 0) {
        int start = runs.get(i).start() + at;
        int end = start + wanted.length();
        Anchor anchor = new Anchor(target, start, end, markdown.substring(start, end));
        if (wholeWords(start, end)
            && !insideAddress(start, end)
            && taken.stream().noneMatch(anchor::overlaps)) {
          return Optional.of(anchor);
        }
        at = lower.indexOf(wanted, at + 1);
      }
    }
    return Optional.empty();
  }

  /** Whether the match is part of a bare web address written in the text. */
  private boolean insideAddress(int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(markdown.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < markdown.length() && !Character.isWhitespace(markdown.charAt(to))) {
      to++;
    }
    String token = markdown.substring(from, to);
    return token.contains("://") || token.startsWith("www.");
  }

  private boolean wholeWords(int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(markdown.charAt(start - 1)))
        && (end >= markdown.length() || !Character.isLetterOrDigit(markdown.charAt(end)));
  }
}
