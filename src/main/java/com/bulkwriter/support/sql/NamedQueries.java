package com.bulkwriter.support.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The SQL of one module, kept in a file of named statements ({@code -- name: claim}) instead of
 * strings in Java. A statement may have a variant for one database ({@code -- name:
 * claim[postgresql]}), chosen when the application runs on that database.
 *
 * <p>Hand-written because plain JDBC has no such loader: Spring Data JDBC's named queries only
 * serve its repositories, and this code uses {@code JdbcClient} directly.
 */
public final class NamedQueries {

  private static final Pattern HEADER =
      Pattern.compile("^--\\s*name:\\s*([\\w-]+)(?:\\[(\\w+)])?\\s*$", Pattern.MULTILINE);

  private final Map<String, String> statements;

  private NamedQueries(Map<String, String> statements) {
    this.statements = Map.copyOf(statements);
  }

  /**
   * Reads {@code classpath:sql/<file>.sql} and keeps, for each name, the variant for {@code
   * database} when there is one, else the generic statement.
   */
  public static NamedQueries load(String file, Database database) {
    String text = read("sql/" + file + ".sql");
    Map<String, String> generic = new HashMap<>();
    Map<String, String> specific = new HashMap<>();
    Matcher matcher = HEADER.matcher(text);
    int start = -1;
    String name = null;
    String vendor = null;
    while (true) {
      boolean found = matcher.find();
      if (name != null) {
        String sql = text.substring(start, found ? matcher.start() : text.length()).strip();
        if (vendor == null) {
          generic.put(name, sql);
        } else if (vendor.equals(database.key())) {
          specific.put(name, sql);
        }
      }
      if (!found) {
        break;
      }
      name = matcher.group(1);
      vendor = matcher.group(2);
      start = matcher.end();
    }
    generic.putAll(specific);
    return new NamedQueries(generic);
  }

  /** The statement with this name; fails loudly for a name the file does not have. */
  public String get(String name) {
    String sql = statements.get(name);
    if (sql == null) {
      throw new IllegalArgumentException("No SQL statement named " + name);
    }
    return sql;
  }

  private static String read(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
