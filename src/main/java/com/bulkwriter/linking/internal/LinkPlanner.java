package com.bulkwriter.linking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Chooses an article's links: the articles most like it (BM25), each linked at most once, on the
 * first of its phrases found in the article's plain text. Phrases used least so far for a target
 * are tried first and an article never repeats an anchor, so anchors vary; articles that already
 * have many links in count for a little less, so that fewer are left without any.
 */
final class LinkPlanner {

  /** What an article's links will be: its Markdown with them, and where they are. */
  record Planned(LinkDocument source, List<Anchor> anchors, String markdown) {}

  /** How much each link an article already has lowers its rank as a target. */
  private static final double INBOUND_DAMPING = 0.25;

  private final TopicIndex index;
  private final Map<UUID, LinkDocument> documents = new HashMap<>();
  private final int candidates;
  private final Map<UUID, Map<String, Integer>> phraseUse = new HashMap<>();
  private final Map<UUID, Integer> inbound = new HashMap<>();
  private final Map<UUID, List<String>> phrases = new HashMap<>();
  private final Map<UUID, Prepared> prefetched = new HashMap<>();

  /** What planning an article needs that does not depend on the others' choices. */
  private record Prepared(List<TopicIndex.Hit> hits, AnchorFinder finder) {}

  /** Headings many articles share ("Frequently asked questions"): no anchor for any one of them. */
  private final Set<String> commonHeadings = new HashSet<>();

  LinkPlanner(TopicIndex index, List<LinkDocument> documents, int candidates) {
    this.index = index;
    this.candidates = candidates;
    documents.forEach(d -> this.documents.put(d.id(), d));
    documents.forEach(d -> d.text().linked().forEach(t -> inbound.merge(t, 1, Integer::sum)));
    Map<String, Integer> headings = new HashMap<>();
    for (LinkDocument d : documents) {
      new HashSet<>(d.headings())
          .forEach(
              h -> headings.merge(AnchorPhrases.tidy(h).toLowerCase(Locale.ROOT), 1, Integer::sum));
    }
    int common = Math.max(2, documents.size() / 20);
    headings.forEach(
        (heading, count) -> {
          if (count > common) {
            commonHeadings.add(heading);
          }
        });
  }

  /** Up to {@code maxLinks} links for {@code source} in all (its links so far count), or none. */
  Optional<Planned> plan(LinkDocument source, int maxLinks) {
    Set<UUID> already = source.text().linked();
    int room = maxLinks - already.size();
    if (room <= 0) {
      return Optional.empty();
    }
    Prepared prepared = prefetched.remove(source.id());
    if (prepared == null) {
      prepared = prepare(source);
    }
    AnchorFinder finder = prepared.finder();
    String ownKeyword = AnchorPhrases.tidy(source.keyword()).toLowerCase(Locale.ROOT);
    List<Anchor> anchors = new ArrayList<>();
    Set<String> anchorTexts = new HashSet<>();
    for (TopicIndex.Hit hit : ranked(prepared.hits())) {
      LinkDocument target = documents.get(hit.id());
      if (anchors.size() >= room) {
        break;
      }
      if (target == null || already.contains(target.id())) {
        continue;
      }
      for (String phrase : byUse(target)) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.equals(ownKeyword) || anchorTexts.contains(lower)) {
          continue; // its own topic, or an anchor it already has: another phrase reads better
        }
        Optional<Anchor> found = finder.find(phrase, target.id(), anchors);
        if (found.isPresent()) {
          anchors.add(found.get());
          anchorTexts.add(lower);
          phraseUse
              .computeIfAbsent(target.id(), id -> new HashMap<>())
              .merge(lower, 1, Integer::sum);
          inbound.merge(target.id(), 1, Integer::sum);
          break;
        }
      }
    }
    if (anchors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Planned(source, anchors, LinkedText.insert(source.text().markdown(), anchors)));
  }

  /**
   * Looks up the articles most like each of {@code sources} at once, on every core, for the {@link
   * #plan} calls that follow (the lookups are independent; the choices are not).
   */
  void prefetch(List<LinkDocument> sources) {
    prefetched.clear();
    prefetched.putAll(
        sources.parallelStream().collect(Collectors.toMap(LinkDocument::id, this::prepare)));
  }

  private Prepared prepare(LinkDocument source) {
    return new Prepared(index.similar(source, candidates), new AnchorFinder(source.text()));
  }

  private List<TopicIndex.Hit> ranked(List<TopicIndex.Hit> found) {
    List<TopicIndex.Hit> hits = new ArrayList<>(found);
    hits.sort(
        Comparator.comparingDouble(
                (TopicIndex.Hit h) ->
                    h.score() / (1 + INBOUND_DAMPING * inbound.getOrDefault(h.id(), 0)))
            .reversed());
    return hits;
  }

  /** The target's phrases without the headings many articles share (its keyword stays). */
  private List<String> anchorPhrases(LinkDocument target) {
    List<String> all = target.anchorPhrases();
    return all.stream()
        .filter(p -> p == all.getFirst() || !commonHeadings.contains(p.toLowerCase(Locale.ROOT)))
        .toList();
  }

  private List<String> byUse(LinkDocument target) {
    Map<String, Integer> use = phraseUse.getOrDefault(target.id(), Map.of());
    List<String> ordered =
        new ArrayList<>(phrases.computeIfAbsent(target.id(), id -> anchorPhrases(target)));
    ordered.sort(Comparator.comparingInt(p -> use.getOrDefault(p.toLowerCase(Locale.ROOT), 0)));
    return ordered;
  }
}
