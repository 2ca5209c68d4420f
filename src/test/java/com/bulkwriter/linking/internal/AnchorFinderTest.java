package com.bulkwriter.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnchorFinderTest {

  private static final UUID TARGET = UUID.randomUUID();

  @Test
  void aPhraseIsFoundAsWholeWordsWithTheTextsOwnSpelling() {
    ArticleText text = ArticleText.of("Espressos differ. An Espresso Machine heats water.\n");

    var anchor = new AnchorFinder(text).find("espresso machine", TARGET, List.of());

    assertThat(anchor).isPresent();
    assertThat(anchor.get().text()).isEqualTo("Espresso Machine");
    assertThat(text.markdown().substring(anchor.get().start(), anchor.get().end()))
        .isEqualTo("Espresso Machine");
    assertThat(new AnchorFinder(text).find("espress", TARGET, List.of())).isEmpty(); // not a word
  }

  @Test
  void anOccurrenceInsideAWebAddressOrAnotherAnchorIsPassedOver() {
    ArticleText text =
        ArticleText.of("See https://shop.example/espresso/ for espresso, then espresso again.\n");
    AnchorFinder finder = new AnchorFinder(text);

    Anchor first = finder.find("espresso", TARGET, List.of()).orElseThrow();
    Anchor second = finder.find("espresso", TARGET, List.of(first)).orElseThrow();

    assertThat(text.markdown().substring(0, first.start())).endsWith("for ");
    assertThat(text.markdown().substring(0, second.start())).endsWith("then ");
  }
}
