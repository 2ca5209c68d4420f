package com.bulkwriter.generation.internal;

import static com.bulkwriter.generation.internal.Prompts.present;

import com.bulkwriter.generation.ArticleSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompts of a long article: first its outline (title, slug, meta description and the section
 * headings), then each section on its own with the outline for context. Short prompts with short
 * answers keep each step cheap to redo and let every section be held to its share of the length.
 */
final class LongArticlePrompts {

  /** Output tokens an outline may use per section heading, beyond the labelled lines. */
  static final int OUTLINE_TOKENS_PER_SECTION = 40;

  private LongArticlePrompts() {}

  static Prompt outline(ArticleSpec spec, int sections) {
    String system =
        """
        You are an experienced writer of web articles. You plan a long article before writing \
        it. Answer in exactly this format and nothing else:
        TITLE: <the article title>
        SLUG: <a short URL slug in lowercase with hyphens>
        META: <a meta description of at most 155 characters>
        ---
        ## <heading of the first section>
        ## <heading of the next section, one line each>""";
    StringBuilder user = new StringBuilder();
    user.append("Write the outline of an article about: ").append(spec.keyword()).append('\n');
    if (present(spec.title())) {
      user.append("Use exactly this title: ").append(spec.title()).append('\n');
    }
    settings(spec, user);
    user.append("Length: about ")
        .append(spec.wordCount())
        .append(" words in total, in exactly ")
        .append(sections)
        .append(" sections; list exactly ")
        .append(sections)
        .append(" section headings as ## lines\n");
    if (!spec.outline().isEmpty()) {
      Prompts.outline(spec.outline(), user);
    }
    if (spec.includeFaq()) {
      user.append("The last section is \"## FAQ\".\n");
    }
    instructions(spec, user);
    return new Prompt(
        system, user.toString(), Prompts.HEADER_TOKENS + OUTLINE_TOKENS_PER_SECTION * sections);
  }

  /**
   * One section.
   *
   * @param number 1-based
   * @param headings every section's heading, for context
   */
  static Prompt section(
      ArticleSpec spec, String title, List<String> headings, int number, int words) {
    String system =
        """
        You are an experienced writer of web articles, writing one section of a longer article \
        at a time. Answer with this section only, in Markdown: its heading line "## <heading>", \
        then its text (### subheadings are allowed). No article title, no other sections.""";
    String heading = headings.get(number - 1);
    StringBuilder user = new StringBuilder();
    user.append("Write one section of an article about: ").append(spec.keyword()).append('\n');
    user.append("Article title: ").append(title).append('\n');
    user.append("Outline:\n");
    for (int i = 0; i < headings.size(); i++) {
      user.append(i + 1).append(". ").append(headings.get(i)).append('\n');
    }
    user.append("This section: ## ")
        .append(heading)
        .append(" (section ")
        .append(number)
        .append(" of ")
        .append(headings.size())
        .append(")\n");
    settings(spec, user);
    user.append("Length: about ").append(words).append(" words (stay within 10% of that)\n");
    if (heading.equalsIgnoreCase("FAQ")) {
      user.append("Write 3 to 5 questions as ### headings, each answered.\n");
    } else if (number == 1) {
      user.append("This is the opening section: introduce the topic.\n");
    } else if (number == headings.size()) {
      user.append("This is the last section: bring the article to a close.\n");
    }
    instructions(spec, user);
    Prompts.requiredPhrases(
        phrasesOf(spec.requiredPhrases(), number, headings.size()), "this section", user);
    return new Prompt(system, user.toString(), Prompts.maxTokens(words));
  }

  /**
   * The required phrases section {@code number} of {@code sections} is asked to include: they are
   * dealt out in turn, so every phrase is asked for exactly once across the article.
   */
  static List<String> phrasesOf(List<String> phrases, int number, int sections) {
    List<String> mine = new ArrayList<>();
    for (int i = number - 1; i < phrases.size(); i += sections) {
      mine.add(phrases.get(i));
    }
    return mine;
  }

  private static void settings(ArticleSpec spec, StringBuilder user) {
    user.append("Language: ").append(Prompts.languageName(spec.language())).append('\n');
    user.append("Tone: ").append(spec.tone()).append('\n');
    user.append("Point of view: ").append(Prompts.pointOfView(spec.pointOfView())).append('\n');
    if (present(spec.audience())) {
      user.append("Audience: ").append(spec.audience()).append('\n');
    }
  }

  private static void instructions(ArticleSpec spec, StringBuilder user) {
    if (present(spec.instructions())) {
      user.append("Further instructions: ").append(spec.instructions().strip()).append('\n');
    }
  }
}
