package com.bulkwriter.editing.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An If-Match header as optimistic locking reads it. An article's ETag is its version number in
 * quotes ({@code "3"}); {@code *} matches whatever version is current; a weak tag is read like a
 * strong one; anything else matches no version (412).
 *
 * @param sent whether the header was there at all
 * @param version the version it names, {@code null} for {@code *}
 */
record IfMatch(boolean sent, @Nullable Integer version) {

  private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*(?:,.*)?");

  /** A version no article has: an If-Match that names none matches none. */
  private static final int NONE = -1;

  static IfMatch of(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return new IfMatch(false, null);
    }
    if (header.trim().equals("*")) {
      return new IfMatch(true, null);
    }
    Matcher matcher = TAG.matcher(header);
    return new IfMatch(true, matcher.matches() ? Integer.parseInt(matcher.group(1)) : NONE);
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }
}
