package com.bulkwriter.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeywordTextTest {

  @Test
  void keywordsAreStoredLowerCasedOneALine() {
    assertThat(KeywordText.parts(List.of("Best Hiking Boots", " trail\nrunning ")))
        .containsExactly("best hiking boots\ntrail running");
  }

  @Test
  void manyKeywordsAreCutIntoPartsWithoutSplittingOne() {
    List<String> keywords =
        IntStream.range(0, 10_000).mapToObj(i -> "keyword number " + i).toList();

    List<String> parts = KeywordText.parts(keywords);

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts)
        .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(KeywordText.PART_LENGTH));
    assertThat(String.join("\n", parts).split("\n"))
        .hasSize(10_000)
        .contains("keyword number 9999");
  }

  @Test
  void noKeywordsMakeNoPart() {
    assertThat(KeywordText.parts(List.of())).isEmpty();
  }

  @Test
  void aSearchTermMatchesLiterallyAndIgnoringCase() {
    assertThat(KeywordText.pattern(" 100% Off_Now\\ ")).isEqualTo("%100\\% off\\_now\\\\%");
  }
}
