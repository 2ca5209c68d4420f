package com.bulkwriter.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An article as a Markdown file for a CMS: YAML front matter (title, slug, meta description,
 * keyword, word count, language, created) written by a YAML library, so that quotes, colons and
 * line breaks in a title cannot break it, then the normalised Markdown body.
 */
final class MarkdownRenderer {

  private static final ThreadLocal<Yaml> YAML =
      ThreadLocal.withInitial(
          () -> {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setAllowUnicode(true);
            options.setWidth(Integer.MAX_VALUE);
            options.setSplitLines(false);
            return new Yaml(options);
          });

  private MarkdownRenderer() {}

  static String render(ArticleSource source) {
    var article = source.article();
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", source.title());
    front.put("slug", article.slug());
    front.put("meta_description", article.metaDescription());
    front.put("keyword", article.keyword());
    front.put("word_count", article.wordCount());
    front.put("language", source.language());
    front.put("created", article.createdAt() == null ? null : article.createdAt().toString());
    return "---\n" + YAML.get().dump(front) + "---\n\n" + source.markdown();
  }
}
