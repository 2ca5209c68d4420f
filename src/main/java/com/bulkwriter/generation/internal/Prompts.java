package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import java.util.List;
import java.util.Locale;

/**
 * Turns an article's settings into a prompt. The answer format is plain labelled lines and then the
 * Markdown body, because models follow it reliably and {@link ArticleParser} can repair what they
 * get wrong (a fence around everything, bold labels, a missing slug); JSON with a long Markdown
 * string inside breaks on one unescaped quote.
 */
final class Prompts {

  /** Output tokens per word, generously: English runs about 1.3, other languages more. */
  static final double TOKENS_PER_WORD = 1.6;

  /** Room for the title, slug and meta lines. */
  static final int HEADER_TOKENS = 200;

  private Prompts() {}

  static Prompt article(ArticleSpec spec) {
    String system =
        """
        You are an experienced writer of web articles. Answer in exactly this format and nothing \
        else:
        TITLE: <the article title>
        SLUG: <a short URL slug in lowercase with hyphens>
        META: <a meta description of at most 155 characters>
        ---
        <the article in Markdown, starting with "# " and the title, using ## for sections>""";
    StringBuilder user = new StringBuilder();
    user.append("Write an article about: ").append(spec.keyword()).append('\n');
    if (present(spec.title())) {
      user.append("Use exactly this title: ").append(spec.title()).append('\n');
    }
    user.append("Language: ").append(languageName(spec.language())).append('\n');
    user.append("Tone: ").append(spec.tone()).append('\n');
    user.append("Point of view: ").append(pointOfView(spec.pointOfView())).append('\n');
    if (present(spec.audience())) {
      user.append("Audience: ").append(spec.audience()).append('\n');
    }
    user.append("Length: about ")
        .append(spec.wordCount())
        .append(" words (stay within 10% of that), ");
    if (spec.outline().isEmpty()) {
      user.append("in about ")
          .append(sections(spec.wordCount()))
          .append(" sections with ## headings\n");
    } else {
      user.append("in these sections:\n");
      outline(spec.outline(), user);
    }
    if (spec.includeFaq()) {
      user.append("End with a section \"## FAQ\" of 3 to 5 questions as ### headings, answered.\n");
    }
    if (present(spec.instructions())) {
      user.append("Further instructions: ").append(spec.instructions().strip()).append('\n');
    }
    requiredPhrases(spec.requiredPhrases(), "the article", user);
    return new Prompt(system, user.toString(), maxTokens(spec.wordCount()));
  }

  /** The prescribed headings, as ## lines to use word for word and in this order. */
  static void outline(List<String> headings, StringBuilder user) {
    user.append("Use exactly these ## section headings, word for word and in this order:\n");
    headings.forEach(heading -> user.append("## ").append(heading).append('\n'));
  }

  /** Phrases that must appear word for word in {@code where}; nothing when there are none. */
  static void requiredPhrases(List<String> phrases, String where, StringBuilder user) {
    if (phrases.isEmpty()) {
      return;
    }
    user.append("Include each of these phrases word for word at least once in ")
        .append(where)
        .append(":\n");
    phrases.forEach(phrase -> user.append("- ").append(phrase).append('\n'));
  }

  static int maxTokens(int words) {
    return (int) Math.ceil(words * TOKENS_PER_WORD) + HEADER_TOKENS;
  }

  static int sections(int words) {
    return Math.clamp(Math.round(words / 250f), 2, 12);
  }

  static String languageName(String tag) {
    Locale locale = Locale.forLanguageTag(tag == null ? "en" : tag);
    String name = locale.getDisplayName(Locale.ENGLISH);
    return name.isBlank() ? tag : name + " (" + tag + ")";
  }

  static String pointOfView(String pointOfView) {
    return switch (pointOfView == null ? "" : pointOfView) {
      case "first-person-singular" -> "first person singular (I)";
      case "first-person-plural" -> "first person plural (we)";
      case "third-person" -> "third person";
      default -> "second person (you)";
    };
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
