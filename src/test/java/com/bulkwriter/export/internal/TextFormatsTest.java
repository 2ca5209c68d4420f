package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Markdown with front matter, plain text and HTML pages from the same LLM Markdown. */
class TextFormatsTest {

  private final ArticleSource espresso = ArticleSource.of(SampleArticles.espresso());

  @Test
  void markdownFrontMatterParsesAsYamlEvenWithQuotesAndColonsInTheTitle() {
    var tricky =
        SampleArticles.article(
            "coffee: \"the\" basics",
            "Coffee: \"The\" Basics — it's # not --- a list",
            "coffee-the-basics",
            "Body text.");
    String file = MarkdownRenderer.render(ArticleSource.of(tricky));

    assertThat(file).startsWith("---\n");
    int end = file.indexOf("\n---\n", 4);
    Map<String, Object> front =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(file.substring(4, end));
    assertThat(front)
        .containsEntry("title", "Coffee: \"The\" Basics — it's # not --- a list")
        .containsEntry("slug", "coffee-the-basics")
        .containsEntry("keyword", "coffee: \"the\" basics")
        .containsEntry("word_count", 120)
        .containsEntry("language", "en")
        .containsEntry("created", "2026-11-28T10:00:00Z")
        .containsEntry(
            "meta_description", "How to pull espresso at home: equipment, ratios and timing.");
    assertThat(file.substring(end + 5)).isEqualTo("\nBody text.\n");
  }

  @Test
  void markdownBodyIsNormalisedSoBlocksGluedToTextSurvive() {
    String file = MarkdownRenderer.render(espresso);
    assertThat(file).contains("beans and `9 bar` of pressure.\n\n## Equipment\n");
    assertThat(file).contains("or <https://example.org>.\n\n| Grind | Time |");
    assertThat(file).contains("| coarse | 15 s |\n\nAfter the table.");
  }

  @Test
  void plainTextHasNoMarkdownSymbolsLeft() {
    String text = TextRenderer.render(espresso);

    assertThat(text)
        .startsWith("Espresso at Home\n\nPull a great shot with fresh beans and 9 bar of pressure.")
        .contains("Equipment\n\n• A grinder\n  • burr, not blade\n• A machine\n")
        .contains("1. Weigh 18 g\n2. Tamp evenly\n")
        .contains("Read the guide (https://example.com/guide) or https://example.org.")
        .contains("Grind    Time\nfine     25 s\ncoarse   15 s\n")
        .contains("    Coffee is a language in itself.")
        .contains("    ratio = 1:2");
    assertThat(text).doesNotContain("#", "**", "`", "|", "](", "---", "> ");
  }

  @Test
  void htmlIsAStandaloneSemanticPageWithEverythingEscaped() {
    var risky =
        SampleArticles.article(
            "<b>kw</b>",
            "Tips & <script>alert(1)</script>",
            "tips",
            "Intro <img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) and"
                + " [good](https://example.com?a=1&b=2)");
    String page = HtmlRenderer.render(ArticleSource.of(risky));

    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Tips &amp; &lt;script&gt;alert(1)&lt;/script&gt;</title>")
        .contains("<meta name=\"keywords\" content=\"&lt;b&gt;kw&lt;/b&gt;\">")
        .contains("<main>\n<article>\n<h1>Tips &amp; &lt;script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("<p>bad and <a href=\"https://example.com?a=1&amp;b=2\">good</a></p>")
        .endsWith("</article>\n</main>\n</body>\n</html>\n");
    assertThat(page).doesNotContain("<script>", "<img", "javascript:");

    String espressoPage = HtmlRenderer.render(espresso);
    assertThat(espressoPage)
        .contains("<h1>Espresso at Home</h1>", "<h2>Equipment</h2>", "<table>", "<blockquote>")
        .contains("<ol>", "<ul>")
        .doesNotContain("<h1>Espresso at Home</h1>\n<h1>");
  }
}
