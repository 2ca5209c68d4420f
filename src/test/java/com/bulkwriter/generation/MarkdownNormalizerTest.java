package com.bulkwriter.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownNormalizerTest {

  @Test
  void putsBlankLinesAroundHeadingsAndBeforeListsQuotesAndTablesGluedToText() {
    assertThat(
            MarkdownNormalizer.normalize(
                "# Title\nIntro.\n## Steps\n1. one\n2. two\nText after.\n| a | b |\n|---|---|"))
        .isEqualTo(
            "# Title\n\nIntro.\n\n## Steps\n\n1. one\n2. two\n\nText after.\n\n| a | b |\n|---|---|\n");
    assertThat(
            MarkdownNormalizer.normalize("Intro\n## Heading\nText\n- a\n- b\nAfter\n> quote\nNext"))
        .isEqualTo("Intro\n\n## Heading\n\nText\n\n- a\n- b\n\nAfter\n\n> quote\n\nNext\n");
  }

  @Test
  void endsATableBeforeAParagraphAndKeepsARuleFromMakingASetextHeading() {
    assertThat(MarkdownNormalizer.normalize("Text\n| a | b |\n|---|---|\n| 1 | 2 |\nAfter\n---"))
        .isEqualTo("Text\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter\n\n---\n");
  }

  @Test
  void unwrapsAReplyFencedWholeButLeavesCodeBlocksInsideAlone() {
    assertThat(MarkdownNormalizer.normalize("```md\n# Title\nText\n```"))
        .isEqualTo("# Title\n\nText\n");
    assertThat(MarkdownNormalizer.normalize("```markdown\n# Title\n\n```bash\nls   \n```\n```"))
        .isEqualTo("# Title\n\n```bash\nls   \n```\n");
    assertThat(MarkdownNormalizer.normalize("Text\n```bash\nls   \n\n\n```"))
        .isEqualTo("Text\n\n```bash\nls   \n\n\n```\n");
    assertThat(MarkdownNormalizer.normalize("Code:\n```\n# not a heading\n- nor a list\n```\n"))
        .isEqualTo("Code:\n\n```\n# not a heading\n- nor a list\n```\n");
  }

  @Test
  void collapsesBlankRunsTrailingSpacesAndWindowsLineEnds() {
    assertThat(MarkdownNormalizer.normalize("\r\n\r\nA  \r\n\r\n\r\n\r\nB\r\n\r\n"))
        .isEqualTo("A\n\nB\n");
    assertThat(MarkdownNormalizer.normalize("Line one\r\nline two\r\n"))
        .isEqualTo("Line one\nline two\n");
    assertThat(MarkdownNormalizer.normalize(null)).isEmpty();
  }

  @Test
  void keepsNestedListItemsAndIndentedContinuationsInTheirList() {
    assertThat(MarkdownNormalizer.normalize("- a\n  - b\n  more of b\n1. one\n2. two"))
        .isEqualTo("- a\n  - b\n  more of b\n1. one\n2. two\n");
  }
}
