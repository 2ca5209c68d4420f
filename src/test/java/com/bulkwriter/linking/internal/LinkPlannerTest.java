package com.bulkwriter.linking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.linking.LinkPlaceholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Planning links on real Lucene (BM25) and CommonMark, on small English, German and Portuguese
 * batches.
 */
class LinkPlannerTest {

  private static final UUID BATCH = UUID.randomUUID();

  @Test
  void eachArticleLinksToTheMostSimilarOnesOnPhrasesInItsTextAtMostOncePerTarget() {
    LinkDocument boots =
        doc(
            "hiking boots",
            "Hiking boots for every trail",
            """
            # Hiking boots for every trail

            ## Waterproof hiking socks

            Good hiking boots need waterproof hiking socks and a trail running shoe to compare.
            Waterproof hiking socks keep feet dry; waterproof hiking socks again.
            """);
    LinkDocument socks =
        doc(
            "waterproof hiking socks",
            "Waterproof hiking socks",
            """
            # Waterproof hiking socks

            ## Hiking boots and socks

            Wear them with hiking boots on a wet trail.
            """);
    LinkDocument shoes =
        doc(
            "trail running shoe",
            "Trail running shoe guide",
            """
            # Trail running shoe guide

            ## Hiking boots or shoes

            Lighter than hiking boots, a trail running shoe suits dry trails.
            """);
    LinkDocument cake =
        doc(
            "chocolate cake",
            "Chocolate cake",
            "# Chocolate cake\n\nBake the cake for forty minutes.\n");
    List<LinkDocument> all = List.of(boots, socks, shoes, cake);

    Map<UUID, LinkPlanner.Planned> planned = plan(all, 3);

    LinkPlanner.Planned fromBoots = planned.get(boots.id());
    assertThat(fromBoots.anchors())
        .extracting(Anchor::target)
        .containsExactlyInAnyOrder(socks.id(), shoes.id());
    assertThat(fromBoots.markdown())
        .contains("[waterproof hiking socks](bulkwriter:article/" + socks.id() + ")")
        .contains("[trail running shoe](bulkwriter:article/" + shoes.id() + ")")
        .contains("## Waterproof hiking socks\n") // never in a heading
        .doesNotContain(boots.id().toString()); // never to itself
    assertThat(LinkPlaceholders.links(fromBoots.markdown())).hasSize(2); // once per target
    assertThat(planned.get(socks.id()).anchors())
        .extracting(Anchor::target)
        .containsExactly(boots.id());
    assertThat(planned).doesNotContainKey(cake.id()); // nothing like it, nothing linked
  }

  @Test
  void anchorsForTheSameTargetVaryAcrossArticles() {
    LinkDocument target =
        doc(
            "espresso machine",
            "Espresso machine",
            "# Espresso machine\n\n## Milk frothing wand\n\nAll about it.\n");
    List<LinkDocument> all = new ArrayList<>(List.of(target));
    for (int i = 0; i < 4; i++) {
      all.add(
          doc(
              "espresso beans " + i,
              "Espresso beans " + i,
              "# Espresso beans %d\n\n## Espresso machine tips\n\nAn espresso machine with a milk frothing wand pulls these beans.\n"
                  .formatted(i)));
    }

    Map<UUID, LinkPlanner.Planned> planned = plan(all, 1);

    List<String> anchors =
        all.subList(1, all.size()).stream()
            .map(d -> planned.get(d.id()))
            .filter(p -> p != null && p.anchors().getFirst().target().equals(target.id()))
            .map(p -> p.anchors().getFirst().text().toLowerCase())
            .toList();
    assertThat(anchors).contains("espresso machine", "milk frothing wand");
  }

  @Test
  void linksAlreadyInTheTextCountAndAreNotAddedTwice() {
    LinkDocument socks = doc("wool socks", "Wool socks", "# Wool socks\n\nWarm.\n");
    LinkDocument gloves = doc("wool gloves", "Wool gloves", "# Wool gloves\n\nWarm too.\n");
    LinkDocument hats =
        doc(
            "wool hats",
            "Wool hats",
            "# Wool hats\n\nPair them with "
                + LinkPlaceholders.link("wool socks", socks.id())
                + " and wool gloves.\n");

    Map<UUID, LinkPlanner.Planned> planned = plan(List.of(socks, gloves, hats), 1);

    assertThat(planned).doesNotContainKey(hats.id()); // its one link is there already
    Map<UUID, LinkPlanner.Planned> more = plan(List.of(socks, gloves, hats), 2);
    assertThat(LinkPlaceholders.links(more.get(hats.id()).markdown()))
        .containsOnlyKeys(socks.id(), gloves.id());
  }

  @Test
  void aHeadingManyArticlesShareIsNoAnchor() {
    List<LinkDocument> all = new ArrayList<>();
    for (String topic : List.of("tea kettles", "tea cups", "tea pots", "tea leaves")) {
      all.add(
          doc(
              topic,
              topic,
              "# %s\n\nWe answer frequently asked questions about tea.\n\n## Frequently asked questions\n\nNone.\n"
                  .formatted(topic)));
    }

    assertThat(plan(all, 3)).isEmpty();
  }

  @Test
  void germanAndPortugueseArticlesAreMatchedByTheirStems() {
    LinkDocument schuhe =
        doc("Wanderschuhe kaufen", "Wanderschuhe kaufen", "# Wanderschuhe kaufen\n\nText.\n");
    LinkDocument pflege =
        doc(
            "Pflege der Wanderschuhe",
            "Pflege der Wanderschuhe",
            "# Pflege der Wanderschuhe\n\nBevor Sie Wanderschuhe kaufen, lesen Sie dies.\n");
    Map<UUID, LinkPlanner.Planned> german = plan(List.of(schuhe, pflege), 3, "de");
    assertThat(german.get(pflege.id()).markdown())
        .contains("[Wanderschuhe kaufen](bulkwriter:article/" + schuhe.id() + ")");

    LinkDocument botas =
        doc("botas de caminhada", "Botas de caminhada", "# Botas de caminhada\n\nTexto.\n");
    LinkDocument trilhas =
        doc(
            "trilhas com botas",
            "Trilhas com botas de caminhada",
            "# Trilhas com botas\n\nLeve botas de caminhada para a trilha.\n");
    Map<UUID, LinkPlanner.Planned> portuguese = plan(List.of(botas, trilhas), 3, "pt-BR");
    assertThat(portuguese.get(trilhas.id()).markdown())
        .contains("[botas de caminhada](bulkwriter:article/" + botas.id() + ")");
  }

  private static Map<UUID, LinkPlanner.Planned> plan(List<LinkDocument> all, int maxLinks) {
    return plan(all, maxLinks, "en");
  }

  private static Map<UUID, LinkPlanner.Planned> plan(
      List<LinkDocument> all, int maxLinks, String language) {
    Map<UUID, LinkPlanner.Planned> planned = new java.util.LinkedHashMap<>();
    try (TopicIndex index = TopicIndex.of(all, language)) {
      LinkPlanner planner = new LinkPlanner(index, all, 25);
      for (LinkDocument source : all) {
        planner.plan(source, maxLinks).ifPresent(p -> planned.put(source.id(), p));
      }
    }
    return planned;
  }

  private static int position;

  private static LinkDocument doc(String keyword, String title, String markdown) {
    return new LinkDocument(
        UUID.randomUUID(), BATCH, ++position, 1, keyword, title, ArticleText.of(markdown), true);
  }
}
