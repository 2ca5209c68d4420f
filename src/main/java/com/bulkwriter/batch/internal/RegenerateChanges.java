package com.bulkwriter.batch.internal;

/**
 * What a regenerate changes of an article's settings before it is written again; {@code null} keeps
 * the article's own value. Stored in the article's overrides, so the next write and every later one
 * use them.
 */
public record RegenerateChanges(String tone, Integer wordCount, String instructions) {

  public static final RegenerateChanges NONE = new RegenerateChanges(null, null, null);
}
