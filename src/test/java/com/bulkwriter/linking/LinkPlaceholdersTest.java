package com.bulkwriter.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkPlaceholdersTest {

  private static final UUID BOOTS = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final UUID TENTS = UUID.fromString("00000000-0000-0000-0000-000000000002");

  @Test
  void aLinkNamesItsTargetAndIsFoundAgainWithItsAnchor() {
    String markdown =
        "Pack "
            + LinkPlaceholders.link("hiking boots", BOOTS)
            + " and a "
            + LinkPlaceholders.link("light tent", TENTS)
            + ", then [the map](https://example.com).";

    assertThat(markdown).contains("[hiking boots](bulkwriter:article/" + BOOTS + ")");
    assertThat(LinkPlaceholders.links(markdown))
        .containsExactly(Map.entry(BOOTS, "hiking boots"), Map.entry(TENTS, "light tent"));
    assertThat(LinkPlaceholders.target("bulkwriter:article/" + BOOTS)).contains(BOOTS);
    assertThat(LinkPlaceholders.target("https://example.com")).isEmpty();
    assertThat(LinkPlaceholders.target("bulkwriter:article/not-an-id")).isEmpty();
  }

  @Test
  void resolvingPointsLinksAtTheirAddressAndLeavesUnknownTargetsAsPlainText() {
    String markdown =
        "Pack "
            + LinkPlaceholders.link("hiking boots", BOOTS)
            + " and a "
            + LinkPlaceholders.link("light tent", TENTS)
            + ".";

    String resolved =
        LinkPlaceholders.resolve(markdown, id -> id.equals(BOOTS) ? "/hiking-boots/" : null);

    assertThat(resolved).isEqualTo("Pack [hiking boots](/hiking-boots/) and a light tent.");
  }

  @Test
  void anAddressWithSpacesOrParenthesesStaysOneDestination() {
    String resolved =
        LinkPlaceholders.resolve(
            LinkPlaceholders.link("boots", BOOTS), id -> "https://example.com/a (b)/");

    assertThat(resolved).isEqualTo("[boots](<https://example.com/a (b)/>)");
  }

  @Test
  void textWithoutLinksIsHandedBackAsItIs() {
    String text = "No links [here](https://example.com).";
    assertThat(LinkPlaceholders.resolve(text, id -> "/x/")).isSameAs(text);
    assertThat(LinkPlaceholders.resolve(null, id -> "/x/")).isNull();
    assertThat(LinkPlaceholders.targets(text)).isEmpty();
  }
}
