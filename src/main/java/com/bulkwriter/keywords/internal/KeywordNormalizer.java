package com.bulkwriter.keywords.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * A keyword reduced to what a search engine would see in it: Lucene's analyzer for the keyword's
 * language splits it into words, lower-cases them, drops punctuation and the language's stop words,
 * and stems what is left ("Best Hiking-Boots!" and "best hiking boot" both become {@code best boot
 * hike}). Word order and repeats do not count: the stems are a sorted set. Languages without an
 * analyzer here are lower-cased and split only. Analyzers are thread-safe and kept, one per
 * language.
 */
@Component
public class KeywordNormalizer {

  private static final String FIELD = "keyword";

  private static final Map<String, Supplier<Analyzer>> ANALYZERS =
      Map.ofEntries(
          Map.entry("en", EnglishAnalyzer::new),
          Map.entry("de", GermanAnalyzer::new),
          Map.entry("pt", PortugueseAnalyzer::new),
          Map.entry("es", SpanishAnalyzer::new),
          Map.entry("fr", FrenchAnalyzer::new),
          Map.entry("it", ItalianAnalyzer::new),
          Map.entry("nl", DutchAnalyzer::new),
          Map.entry("sv", SwedishAnalyzer::new),
          Map.entry("da", DanishAnalyzer::new),
          Map.entry("no", NorwegianAnalyzer::new),
          Map.entry("nb", NorwegianAnalyzer::new),
          Map.entry("fi", FinnishAnalyzer::new),
          Map.entry("ru", RussianAnalyzer::new));

  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  /** The primary language subtag, lower-cased: {@code pt-BR} → {@code pt}. */
  public static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return "en";
    }
    String primary = tag.strip().split("[-_]", 2)[0];
    return primary.toLowerCase(Locale.ROOT);
  }

  /** Whether the language has stemming and stop words here (otherwise: lower-cased words only). */
  public static boolean stems(String language) {
    return ANALYZERS.containsKey(language(language));
  }

  /**
   * The keyword's stems, sorted and without repeats. A keyword made only of stop words ("how to")
   * keeps its lower-cased words instead, so it still has a key of its own.
   */
  public String[] stems(String keyword, String language) {
    String lang = language(language);
    TreeSet<String> stems = terms(analyzer(lang), keyword);
    if (stems.isEmpty()) {
      stems = terms(analyzer(""), keyword);
    }
    return stems.toArray(String[]::new);
  }

  /** The key two keywords share when they normalise alike: language, then the sorted stems. */
  public String key(String keyword, String language) {
    return key(language(language), stems(keyword, language));
  }

  static String key(String language, String[] stems) {
    return language + ":" + String.join(" ", stems);
  }

  private Analyzer analyzer(String language) {
    return analyzers.computeIfAbsent(
        language,
        lang -> {
          Supplier<Analyzer> known = ANALYZERS.get(lang);
          return known != null ? known.get() : new StandardAnalyzer(CharArraySet.EMPTY_SET);
        });
  }

  private static TreeSet<String> terms(Analyzer analyzer, String text) {
    TreeSet<String> terms = new TreeSet<>();
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // a StringReader does not fail
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
