package com.bulkwriter.linking.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The articles' topics in an in-memory Lucene index (safe to search from several threads), ranked
 * by BM25 (Lucene's default similarity): an article's title and keyword weigh twice its headings,
 * and an article's own topic is the query that finds the articles most like it. Words are stemmed
 * for the batch's language where Lucene has an analyzer for it.
 */
final class TopicIndex implements AutoCloseable {

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String HEADINGS = "headings";
  private static final float TITLE_BOOST = 2f;
  private static final int MAX_QUERY_TERMS = 64;

  /**
   * A word in more than this share of a large index ("questions", "conclusion" from headings every
   * article has) says nothing of a topic: it is left out of queries, which also keeps each query
   * from scoring nearly every article.
   */
  private static final double COMMON_SHARE = 0.1;

  /** Below this many articles having a word, it is never too common to count. */
  private static final int COMMON_FLOOR = 50;

  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /**
   * The articles by Lucene document number when the index is one segment in the order they were
   * added (the usual case: a small in-memory index flushed once); else ids are read from the stored
   * field.
   */
  private final UUID[] byDoc;

  /** A similar article and how similar (BM25 score). */
  record Hit(UUID id, float score) {}

  private TopicIndex(Collection<LinkDocument> documents, String language) throws IOException {
    analyzer = analyzer(language);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (LinkDocument doc : documents) {
        Document d = new Document();
        d.add(new StoredField(ID, doc.id().toString()));
        d.add(new TextField(TITLE, titleOf(doc), Field.Store.NO));
        d.add(new TextField(HEADINGS, String.join("\n", doc.headings()), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    byDoc =
        reader.leaves().size() == 1 && reader.maxDoc() == documents.size()
            ? documents.stream().map(LinkDocument::id).toArray(UUID[]::new)
            : null;
  }

  static TopicIndex of(Collection<LinkDocument> documents, String language) {
    try {
      return new TopicIndex(documents, language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Up to {@code n} articles most like {@code doc}, most similar first, never {@code doc}. */
  List<Hit> similar(LinkDocument doc, int n) {
    Set<String> terms = informative(terms(doc.topic()));
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(
          new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST),
          BooleanClause.Occur.SHOULD);
      query.add(new TermQuery(new Term(HEADINGS, term)), BooleanClause.Occur.SHOULD);
    }
    try {
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), n + 1).scoreDocs) {
        UUID id = idOf(hit.doc);
        if (!doc.id().equals(id) && hits.size() < n) {
          hits.add(new Hit(id, hit.score));
        }
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> informative(Set<String> terms) {
    int common = Math.max(COMMON_FLOOR, (int) (reader.maxDoc() * COMMON_SHARE));
    Set<String> kept = new LinkedHashSet<>();
    try {
      for (String term : terms) {
        int df =
            Math.max(
                reader.docFreq(new Term(TITLE, term)), reader.docFreq(new Term(HEADINGS, term)));
        if (df <= common) {
          kept.add(term);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kept;
  }

  private UUID idOf(int docNumber) throws IOException {
    return byDoc != null
        ? byDoc[docNumber]
        : UUID.fromString(searcher.storedFields().document(docNumber, Set.of(ID)).get(ID));
  }

  private Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(TITLE, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static String titleOf(LinkDocument doc) {
    return (doc.title() == null ? "" : doc.title()) + "\n" + doc.keyword();
  }

  /** Lucene's analyzer for the language (stop words and stemming), else the standard one. */
  static Analyzer analyzer(String language) {
    String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    return switch (dash < 0 ? code : code.substring(0, dash)) {
      case "en" -> new EnglishAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "nl" -> new DutchAnalyzer();
      default -> new StandardAnalyzer();
    };
  }

  @Override
  public void close() {
    try {
      reader.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
