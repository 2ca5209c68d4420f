package com.bulkwriter.publishing.internal;

import org.springframework.web.util.HtmlUtils;

/** WordPress answers names and messages with HTML entities ({@code Tips &amp; Tricks}). */
final class Entities {

  private Entities() {}

  static String decode(String text) {
    return text == null ? null : HtmlUtils.htmlUnescape(text);
  }
}
