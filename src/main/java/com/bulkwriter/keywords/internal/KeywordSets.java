package com.bulkwriter.keywords.internal;

import com.bulkwriter.keywords.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's keywords by normalised key, and the groups of keys that compete: keys in the order of
 * their first row, each with its keywords; a group is the keys {@link SimilarKeys} joins.
 */
public final class KeywordSets {

  private final List<String> keys;
  private final List<List<Keyword>> keywords;
  private final List<List<Integer>> groups;

  private KeywordSets(List<String> keys, List<List<Keyword>> keywords, List<List<Integer>> groups) {
    this.keys = keys;
    this.keywords = keywords;
    this.groups = groups;
  }

  /** Normalises every keyword with its language's analyzer and groups the keys. */
  public static KeywordSets of(
      KeywordNormalizer normalizer, List<Keyword> input, double similarity) {
    Map<String, Integer> indexOfKey = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    List<List<Keyword>> byKey = new ArrayList<>();
    List<String[]> stems = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (Keyword keyword : input) {
      String language = KeywordNormalizer.language(keyword.language());
      String[] set = normalizer.stems(keyword.text(), language);
      String key = KeywordNormalizer.key(language, set);
      Integer index = indexOfKey.get(key);
      if (index == null) {
        index = keys.size();
        indexOfKey.put(key, index);
        keys.add(key);
        byKey.add(new ArrayList<>());
        stems.add(set);
        languages.add(language);
      }
      byKey.get(index).add(keyword);
    }
    int[] roots = SimilarKeys.groups(stems, languages, similarity);
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < roots.length; i++) {
      members.computeIfAbsent(roots[i], r -> new ArrayList<>()).add(i);
    }
    return new KeywordSets(keys, byKey, List.copyOf(members.values()));
  }

  /** The distinct keys, in the order of their first keyword. */
  public List<String> keys() {
    return keys;
  }

  /** The keywords with the key at {@code index}, in row order. */
  public List<Keyword> keywordsOf(int index) {
    return keywords.get(index);
  }

  /** Groups of key indices, each in ascending order, ordered by their first key. */
  public List<List<Integer>> groups() {
    return groups;
  }
}
