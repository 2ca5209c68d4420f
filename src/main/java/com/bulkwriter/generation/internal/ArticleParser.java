package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.MarkdownNormalizer;
import com.bulkwriter.generation.MetaDescriptions;
import com.bulkwriter.generation.Slugs;
import com.bulkwriter.generation.TokenUsage;
import com.bulkwriter.generation.Words;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer in the format {@link Prompts} asks for and repairs what models commonly
 * get wrong: a code fence around everything, bold or differently cased labels, a missing slug or
 * meta description (derived from the title and the first paragraph), a body without its H1. An
 * answer without a usable body is a retryable failure: another attempt usually gets it right.
 */
final class ArticleParser {

  static final Pattern LABEL =
      Pattern.compile(
          "^[*_\\s]*(title|slug|meta(?:[ _-]?description)?)[*_\\s]*:[*_\\s]*(.*?)[*_\\s]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern H1 = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);

  /** Fewer words than this share of the target means the answer was cut off or went wrong. */
  static final double MIN_SHARE_OF_TARGET = 0.5;

  private ArticleParser() {}

  static GeneratedArticle parse(String answer, ArticleSpec spec, TokenUsage usage) {
    String text = stripOuterFence(answer == null ? "" : answer.replace("\r\n", "\n"));
    String title = null;
    String slug = null;
    String meta = null;
    String[] lines = text.split("\n", -1);
    int bodyStart = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher label = LABEL.matcher(line);
      if (line.isEmpty()) {
        bodyStart = i + 1;
      } else if (line.matches("-{3,}")) {
        bodyStart = i + 1;
        break;
      } else if (label.matches()) {
        String key = label.group(1).toLowerCase(Locale.ROOT);
        String value = label.group(2).strip();
        if (key.equals("title")) {
          title = value;
        } else if (key.equals("slug")) {
          slug = value;
        } else {
          meta = value;
        }
        bodyStart = i + 1;
      } else {
        break;
      }
    }
    String body = MarkdownNormalizer.normalize(String.join("\n", tail(lines, bodyStart)));
    Matcher h1 = H1.matcher(body);
    if (present(spec.title())) {
      title = spec.title().strip();
    } else if (!present(title)) {
      title = h1.find() ? h1.group(1) : spec.keyword();
    }
    if (!H1.matcher(body).find()) {
      body = "# " + title + "\n\n" + body;
    }
    int words = Words.count(body);
    if (words < spec.wordCount() * MIN_SHARE_OF_TARGET) {
      throw GenerationFailure.retryable(
          "The answer had %d words of the %d asked for; it was cut off or malformed"
              .formatted(words, spec.wordCount()),
          null);
    }
    return new GeneratedArticle(
        title,
        Slugs.of(present(slug) ? slug : title),
        MetaDescriptions.fit(present(meta) ? meta : firstParagraph(body)),
        body,
        words,
        usage);
  }

  static String stripOuterFence(String text) {
    String stripped = text.strip();
    if (stripped.startsWith("```") && stripped.endsWith("```") && stripped.length() > 6) {
      int firstLine = stripped.indexOf('\n');
      if (firstLine > 0) {
        return stripped.substring(firstLine + 1, stripped.length() - 3);
      }
    }
    return stripped;
  }

  private static String[] tail(String[] lines, int from) {
    String[] rest = new String[Math.max(0, lines.length - from)];
    System.arraycopy(lines, Math.min(from, lines.length), rest, 0, rest.length);
    return rest;
  }

  private static String firstParagraph(String body) {
    for (String paragraph : body.split("\n\n")) {
      String text = paragraph.strip();
      if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("|")) {
        return text.replaceAll("[*_`>]", "");
      }
    }
    return "";
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
