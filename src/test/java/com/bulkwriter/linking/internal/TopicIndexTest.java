package com.bulkwriter.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopicIndexTest {

  @Test
  void wordsMostArticlesShareDoNotMakeArticlesSimilar() {
    List<LinkDocument> docs = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      docs.add(doc("topic number " + i, "## Frequently asked questions\n\n## Conclusion\n"));
    }
    LinkDocument kettles = doc("electric kettles", "## Frequently asked questions\n");
    LinkDocument descaling = doc("descaling electric kettles", "## Conclusion\n");
    docs.add(kettles);
    docs.add(descaling);

    try (TopicIndex index = TopicIndex.of(docs, "en")) {
      assertThat(index.similar(kettles, 5))
          .extracting(TopicIndex.Hit::id)
          .containsExactly(descaling.id());
      assertThat(index.similar(docs.getFirst(), 5))
          .extracting(TopicIndex.Hit::id)
          .doesNotContain(kettles.id(), descaling.id());
    }
  }

  @Test
  void aSmallIndexKeepsEveryWord() {
    LinkDocument a = doc("espresso machine", "");
    LinkDocument b = doc("espresso beans", "");
    LinkDocument c = doc("espresso cups", "");

    try (TopicIndex index = TopicIndex.of(List.of(a, b, c), "en")) {
      assertThat(index.similar(a, 5)).extracting(TopicIndex.Hit::id).contains(b.id(), c.id());
    }
  }

  private static LinkDocument doc(String keyword, String markdown) {
    return new LinkDocument(
        UUID.randomUUID(),
        UUID.randomUUID(),
        1,
        1,
        keyword,
        keyword,
        ArticleText.of("# " + keyword + "\n\n" + markdown),
        true);
  }
}
