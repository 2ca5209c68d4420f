package com.bulkwriter.editing.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version to another: the single-line fields that differ, and the body line
 * by line (java-diff-utils' Myers diff), every line kept so a reader sees the changes in place.
 */
public record VersionDiff(
    int from, int to, List<FieldChange> fields, List<DiffLine> lines, int added, int removed) {

  /** A single-line field that differs. */
  public record FieldChange(String field, @Nullable String before, @Nullable String after) {}

  /** How a body line fares. */
  public enum LineKind {
    SAME,
    ADDED,
    REMOVED
  }

  /**
   * One line of the body.
   *
   * @param oldLine its 1-based number in the older version, {@code null} when ADDED
   * @param newLine its 1-based number in the newer version, {@code null} when REMOVED
   */
  public record DiffLine(
      LineKind kind, String text, @Nullable Integer oldLine, @Nullable Integer newLine) {}

  static VersionDiff between(ArticleVersion older, ArticleVersion newer) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "title", older.title(), newer.title());
    field(fields, "slug", older.slug(), newer.slug());
    field(fields, "metaDescription", older.metaDescription(), newer.metaDescription());
    List<String> before = lines(older.markdown());
    List<String> after = lines(newer.markdown());
    List<DiffLine> lines = new ArrayList<>();
    int oldAt = 0;
    int newAt = 0;
    int added = 0;
    int removed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
      while (oldAt < delta.getSource().getPosition()) {
        lines.add(new DiffLine(LineKind.SAME, before.get(oldAt), ++oldAt, ++newAt));
      }
      for (String text : delta.getSource().getLines()) {
        lines.add(new DiffLine(LineKind.REMOVED, text, ++oldAt, null));
        removed++;
      }
      for (String text : delta.getTarget().getLines()) {
        lines.add(new DiffLine(LineKind.ADDED, text, null, ++newAt));
        added++;
      }
    }
    while (oldAt < before.size()) {
      lines.add(new DiffLine(LineKind.SAME, before.get(oldAt), ++oldAt, ++newAt));
    }
    return new VersionDiff(older.version(), newer.version(), fields, lines, added, removed);
  }

  private static void field(
      List<FieldChange> fields, String name, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(name, before, after));
    }
  }

  private static List<String> lines(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split("\r?\n", -1));
  }
}
