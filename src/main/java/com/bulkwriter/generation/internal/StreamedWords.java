package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.Words;
import com.bulkwriter.generation.WritingProgress;
import java.util.function.Consumer;

/**
 * Counts the words of an answer while it streams and tells them to the article's {@link
 * WritingProgress}. Models stream a few characters per event, so the answer is recounted only once
 * {@value #STEP} more characters have come: a 1,000-word answer costs a few dozen counts, not
 * thousands. The labelled lines an article answer starts with (TITLE, SLUG, META, the {@code ---}
 * under them) are not the article and are not counted.
 */
final class StreamedWords implements Consumer<CharSequence> {

  /** Characters (about 40 words) between two counts. */
  static final int STEP = 256;

  private final WritingProgress progress;
  private int counted;

  StreamedWords(WritingProgress progress) {
    this.progress = progress;
  }

  @Override
  public void accept(CharSequence text) {
    if (text.length() - counted < STEP) {
      return;
    }
    counted = text.length();
    progress.wordsWritten(articleWords(text.toString()));
  }

  /** Words of {@code text} after its leading labelled lines. */
  static int articleWords(String text) {
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()
          && !line.startsWith("```")
          && !line.matches("-{3,}")
          && !ArticleParser.LABEL.matcher(line).matches()) {
        break;
      }
      start = end + 1;
    }
    return Words.count(text.substring(start));
  }
}
