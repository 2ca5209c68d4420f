package com.bulkwriter.linking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form of an internal link in an article's Markdown: {@code [anchor](bulkwriter:article/<id>)}.
 * The stored text names the target article, not an address, because the address depends on where
 * the article goes (an export's URL pattern, a site's permalink); each destination resolves it.
 */
public final class LinkPlaceholders {

  /** What a link's destination starts with. */
  public static final String PREFIX = "bulkwriter:article/";

  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]*)]\\(" + Pattern.quote(PREFIX) + "([0-9a-fA-F-]{36})\\)");

  private LinkPlaceholders() {}

  /** The Markdown of a link to {@code target} on {@code anchor}. */
  public static String link(String anchor, UUID target) {
    return "[" + anchor + "](" + PREFIX + target + ")";
  }

  /** Whether {@code markdown} holds any internal link (a cheap test before parsing). */
  public static boolean present(@Nullable String markdown) {
    return markdown != null && markdown.contains(PREFIX);
  }

  /** The article a link's destination names, if it is an internal link. */
  public static Optional<UUID> target(@Nullable String destination) {
    return destination != null && destination.startsWith(PREFIX)
        ? parse(destination.substring(PREFIX.length()))
        : Optional.empty();
  }

  /** The targets {@code markdown} links to, in order of appearance. */
  public static Set<UUID> targets(@Nullable String markdown) {
    return links(markdown).keySet();
  }

  /** The targets {@code markdown} links to, each with its first anchor, in order of appearance. */
  public static Map<UUID, String> links(@Nullable String markdown) {
    Map<UUID, String> links = new LinkedHashMap<>();
    if (present(markdown)) {
      Matcher m = LINK.matcher(markdown);
      while (m.find()) {
        String anchor = m.group(1);
        parse(m.group(2)).ifPresent(target -> links.putIfAbsent(target, anchor));
      }
    }
    return links;
  }

  /**
   * {@code markdown} with every internal link pointed at {@code address.apply(target)}; a link
   * whose target has no address ({@code null}: not exported, not published, deleted) becomes its
   * plain anchor text, so a reader never meets a dead link.
   */
  public static String resolve(
      @Nullable String markdown, Function<UUID, @Nullable String> address) {
    if (!present(markdown)) {
      return markdown;
    }
    Matcher m = LINK.matcher(markdown);
    StringBuilder out = new StringBuilder(markdown.length());
    while (m.find()) {
      String anchor = m.group(1);
      String url = parse(m.group(2)).map(address).orElse(null);
      String replacement = url == null ? anchor : "[" + anchor + "](" + destination(url) + ")";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A destination CommonMark reads back whole: in angle brackets when it has spaces or parens. */
  private static String destination(String url) {
    boolean plain = url.chars().noneMatch(c -> c <= ' ' || c == '(' || c == ')' || c == '<');
    return plain ? url : "<" + url.replace(">", "%3E").replace("<", "%3C") + ">";
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
