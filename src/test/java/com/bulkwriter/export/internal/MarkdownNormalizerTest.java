package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownNormalizerTest {

  @Test
  void addsTheBlankLinesCommonMarkNeedsBeforeBlocksGluedToText() {
    assertThat(
            MarkdownNormalizer.normalize("Intro\n## Heading\nText\n- a\n- b\nAfter\n> quote\nNext"))
        .isEqualTo("Intro\n\n## Heading\nText\n\n- a\n- b\n\nAfter\n\n> quote\n\nNext\n");
  }

  @Test
  void endsATableBeforeAParagraphAndKeepsARuleFromMakingASetextHeading() {
    assertThat(MarkdownNormalizer.normalize("Text\n| a | b |\n|---|---|\n| 1 | 2 |\nAfter\n---"))
        .isEqualTo("Text\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter\n\n---\n");
  }

  @Test
  void leavesCodeFencesAloneAndUnwrapsAReplyFencedWhole() {
    assertThat(MarkdownNormalizer.normalize("```markdown\n# Title\nText\n```"))
        .isEqualTo("# Title\nText\n");
    assertThat(MarkdownNormalizer.normalize("Code:\n```\n# not a heading\n- nor a list\n```\n"))
        .isEqualTo("Code:\n\n```\n# not a heading\n- nor a list\n```\n");
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
