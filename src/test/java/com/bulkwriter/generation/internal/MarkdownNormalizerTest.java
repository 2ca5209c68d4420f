package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownNormalizerTest {

  @Test
  void putsABlankLineBeforeHeadingsListsAndTablesAndAfterHeadings() {
    String messy = "# Title\nIntro.\n## Steps\n1. one\n2. two\nText after.\n| a | b |\n|---|---|";
    assertThat(MarkdownNormalizer.normalize(messy))
        .isEqualTo(
            "# Title\n\nIntro.\n\n## Steps\n\n1. one\n2. two\nText after.\n\n| a | b |\n|---|---|\n");
  }

  @Test
  void dropsAFenceAroundTheWholeArticleButKeepsCodeBlocksInside() {
    String fenced = "```markdown\n# Title\n\n```bash\nls   \n```\n```";
    assertThat(MarkdownNormalizer.normalize("```md\n# Title\nText\n```"))
        .isEqualTo("# Title\n\nText\n");
    assertThat(MarkdownNormalizer.normalize("Text\n```bash\nls   \n\n\n```"))
        .isEqualTo("Text\n\n```bash\nls   \n\n\n```\n");
    assertThat(MarkdownNormalizer.normalize(fenced)).startsWith("# Title");
  }

  @Test
  void collapsesBlankRunsTrailingSpacesAndWindowsLineEnds() {
    assertThat(MarkdownNormalizer.normalize("\r\n\r\nA  \r\n\r\n\r\n\r\nB\r\n\r\n"))
        .isEqualTo("A\n\nB\n");
  }
}
