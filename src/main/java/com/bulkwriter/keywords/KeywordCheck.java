package com.bulkwriter.keywords;

import com.bulkwriter.keywords.KeywordGroup.Match;
import com.bulkwriter.keywords.internal.Ago;
import com.bulkwriter.keywords.internal.KeywordHistory;
import com.bulkwriter.keywords.internal.KeywordNormalizer;
import com.bulkwriter.keywords.internal.KeywordSets;
import com.bulkwriter.keywords.internal.KeywordsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The cannibalisation check before a batch is queued: which of its keywords would compete for the
 * same search with each other or with the owner's earlier batches (see docs/keywords.md). Keys of
 * every submitted batch are remembered, so later checks find them.
 */
@Service
public class KeywordCheck {

  private final KeywordNormalizer normalizer;
  private final KeywordHistory history;
  private final KeywordsProperties properties;
  private final Clock clock;

  KeywordCheck(
      KeywordNormalizer normalizer,
      KeywordHistory history,
      KeywordsProperties properties,
      Clock clock) {
    this.normalizer = normalizer;
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /** The groups of {@code keywords} that compete, with the owner's earlier uses of their keys. */
  public KeywordGroups check(String owner, List<Keyword> keywords) {
    KeywordSets sets = KeywordSets.of(normalizer, keywords, properties.similarity());
    int perGroup = properties.earlierPerGroup();
    Map<String, List<KeywordHistory.Use>> earlier =
        properties.earlierBatches() && perGroup > 0
            ? history.find(owner, sets.keys(), perGroup)
            : Map.of();
    Instant now = clock.instant();
    List<KeywordGroup> groups = new ArrayList<>();
    for (List<Integer> members : sets.groups()) {
      List<Keyword> rows = new ArrayList<>();
      List<KeywordHistory.Use> uses = new ArrayList<>();
      for (int member : members) {
        rows.addAll(sets.keywordsOf(member));
        uses.addAll(earlier.getOrDefault(sets.keys().get(member), List.of()));
      }
      if (rows.size() < 2 && uses.isEmpty()) {
        continue;
      }
      rows.sort(Comparator.comparingInt(Keyword::row));
      groups.add(
          new KeywordGroup(
              sets.keys().get(members.getFirst()),
              members.size() == 1 ? Match.SAME : Match.SIMILAR,
              rows.stream().map(Keyword::row).toList(),
              rows.stream().map(Keyword::text).toList(),
              newest(uses, now)));
    }
    groups.sort(Comparator.comparingInt(group -> group.rows().getFirst()));
    return new KeywordGroups(keywords.size(), properties.similarity(), List.copyOf(groups));
  }

  /**
   * Stores the keys of a new batch's keywords; call it in the transaction that stores the batch.
   */
  public void remember(String owner, UUID batchId, List<Keyword> keywords) {
    Map<String, String> firstByKey = new LinkedHashMap<>();
    for (Keyword keyword : keywords) {
      firstByKey.putIfAbsent(normalizer.key(keyword.text(), keyword.language()), keyword.text());
    }
    history.remember(owner, batchId, firstByKey);
  }

  /**
   * The batches whose keys were never stored (submitted before they were kept), so that they can be
   * {@linkplain #remember remembered} late and count in later checks.
   */
  public List<UUID> batchesWithoutKeys() {
    return history.batchesWithoutKeys();
  }

  private List<EarlierUse> newest(List<KeywordHistory.Use> uses, Instant now) {
    return uses.stream()
        .sorted(Comparator.comparing(KeywordHistory.Use::writtenAt).reversed())
        .limit(properties.earlierPerGroup())
        .map(
            use ->
                new EarlierUse(
                    use.batchId(),
                    use.batchName(),
                    use.keyword(),
                    use.writtenAt(),
                    Ago.between(use.writtenAt(), now)))
        .toList();
  }
}
