package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.MetaDescriptions;
import com.bulkwriter.generation.Slugs;
import com.bulkwriter.generation.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one draft article. Headings are chosen first, so their words are known; then every
 * paragraph gets its share of the words still missing, which lets the errors of one paragraph be
 * made good by the next, and the last paragraph lands on the target with short sentences.
 */
final class DraftWriter {

  /** Words per H2 section between the introduction and the FAQ or conclusion. */
  private static final int WORDS_PER_SECTION = 250;

  /** Words per paragraph the plan aims at; budgets then decide. */
  private static final int WORDS_PER_PARAGRAPH = 90;

  /** A paragraph that misses its budget by fewer words stops; the next paragraph makes up. */
  private static final int SLACK = 4;

  private enum Kind {
    H2,
    H3,
    PARAGRAPH,
    LIST_LEAD,
    LIST
  }

  /**
   * One block of the article in the order written.
   *
   * @param deck for paragraphs, where its first sentences come from (the rest: body sentences)
   * @param first a sentence that must open the paragraph (an FAQ answer), or null
   */
  private record Step(
      Kind kind, String text, String topic, int weight, Deck deck, Template first) {}

  private final ArticleSpec spec;
  private final int target;

  /** One sentence per required phrase, so the draft contains each; their words are set aside. */
  private final String phraseSentences;

  private final SplittableRandom random;
  private final Voice voice;
  private final Deck intro;
  private final Deck body;
  private final Deck conclusion;
  private final Deck listLeads;
  private final Deck listItems;
  private final Deck shorts;
  private final StringBuilder markdown;
  private int headingWords;
  private int bodyWords;

  DraftWriter(ArticleSpec spec, String keyword, long seed) {
    this.spec = spec;
    this.phraseSentences = phraseSentences(spec.requiredPhrases());
    int phraseWords = Words.count(phraseSentences);
    this.target = Math.max(spec.wordCount() - phraseWords, (spec.wordCount() + 1) / 2);
    this.random = new SplittableRandom(seed);
    this.voice = new Voice(spec, keyword, random);
    this.intro = new Deck(Phrasebook.INTRO, random);
    this.body = new Deck(Phrasebook.BODY, random);
    this.conclusion = new Deck(Phrasebook.CONCLUSION, random);
    this.listLeads = new Deck(Phrasebook.LIST_LEADS, random);
    this.listItems = new Deck(Phrasebook.LIST_ITEMS, random);
    this.shorts = new Deck(Phrasebook.SHORT, random);
    this.markdown = new StringBuilder(target * 7 + 256);
  }

  GeneratedArticle write() {
    String title = title();
    headingWords = Words.count(title);
    List<Step> steps = plan();
    markdown.append("# ").append(title);
    int weightLeft = 0;
    int lastParagraph = -1;
    for (int i = 0; i < steps.size(); i++) {
      weightLeft += steps.get(i).weight();
      if (steps.get(i).kind() == Kind.PARAGRAPH) {
        lastParagraph = i;
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      int wordsLeft = target - headingWords - bodyWords;
      int budget =
          i == lastParagraph
              ? wordsLeft
              : (int) Math.round((double) wordsLeft * step.weight() / Math.max(1, weightLeft));
      weightLeft -= step.weight();
      switch (step.kind()) {
        case H2 -> heading("## ", step);
        case H3 -> heading("### ", step);
        case LIST_LEAD -> listLead();
        case LIST -> list(budget);
        case PARAGRAPH -> paragraph(step, budget, i == lastParagraph);
      }
    }
    insertPhrases();
    String text = markdown.append('\n').toString();
    return new GeneratedArticle(title, Slugs.of(title), metaDescription(), text, Words.count(text));
  }

  private static String phraseSentences(List<String> phrases) {
    StringBuilder sentences = new StringBuilder();
    for (String phrase : phrases) {
      sentences.append(sentences.isEmpty() ? "" : " ").append("Keep ").append(phrase);
      sentences.append(" in mind.");
    }
    return sentences.toString();
  }

  /** The phrase sentences as a paragraph of their own, at the end of the introduction. */
  private void insertPhrases() {
    if (phraseSentences.isEmpty()) {
      return;
    }
    int firstSection = markdown.indexOf("\n\n## ");
    int at = firstSection < 0 ? markdown.length() : firstSection;
    markdown.insert(at, "\n\n" + phraseSentences);
  }

  private String title() {
    String given = Casing.collapseWhitespace(spec.title());
    if (!given.isEmpty()) {
      return given;
    }
    String keyword = voice.keyword();
    int space = keyword.indexOf(' ');
    String firstWord = (space < 0 ? keyword : keyword.substring(0, space)).toLowerCase(Locale.ROOT);
    List<Template> titles =
        Phrasebook.QUESTION_WORDS.contains(firstWord)
            ? Phrasebook.QUESTION_TITLES
            : Phrasebook.TITLES;
    if (tightOnWords()) {
      // at most two words besides the keyword ("Getting X Right", "X Made Simple")
      int keywordWords = voice.words(Voice.KEYWORD);
      titles = titles.stream().filter(t -> t.words(voice) - keywordWords <= 2).toList();
    }
    Template template = titles.get(random.nextInt(titles.size()));
    return Casing.titleCase(template.render(voice));
  }

  private String metaDescription() {
    Template template = Phrasebook.META.get(random.nextInt(Phrasebook.META.size()));
    return MetaDescriptions.fit(template.render(voice));
  }

  /** Chooses every heading (so {@link #headingWords} is final) and how the words are shared. */
  private List<Step> plan() {
    int faqCount = spec.includeFaq() ? faqCount() : 0;
    int introWords = clamp(Math.round(target * 0.08f), 12, 240);
    int conclusionWords = clamp(Math.round(target * 0.07f), 12, 200);
    int answerWords = clamp(Math.round(target * 0.03f), 12, 60);
    int sectionCount =
        Math.max(
            2,
            Math.round(
                (float) (target - introWords - conclusionWords - faqCount * answerWords)
                    / WORDS_PER_SECTION));
    List<String> outline = spec.outline();
    if (!outline.isEmpty()) {
      sectionCount = outline.size();
    }
    List<String[]> sections = sectionHeadings(sectionCount);
    for (int i = 0; i < outline.size(); i++) {
      // an outline template's headings, each section written about one of the usual aspects
      sections.get(i)[0] = outline.get(i);
    }
    List<Phrasebook.Faq> faqs = new ArrayList<>(Phrasebook.FAQ);
    shuffle(faqs);
    if (tightOnWords()) {
      // the shortest of a few questions, so that headings leave room for answers
      faqs.subList(0, 3).sort(Comparator.comparingInt(faq -> faq.question().words(voice)));
    }
    faqs = faqs.subList(0, faqCount);
    List<String> questions = new ArrayList<>(faqCount);
    for (Phrasebook.Faq faq : faqs) {
      questions.add(Casing.upperFirst(faq.question().render(voice)));
    }

    for (String[] section : sections) {
      headingWords += Words.count(section[0]);
    }
    for (String question : questions) {
      headingWords += Words.count(question);
    }
    headingWords += faqCount > 0 ? 3 : 0; // "Frequently asked questions"
    headingWords += outline.isEmpty() ? 1 : 0; // "Conclusion"
    int sectionWords =
        Math.max(
            sectionCount * 15,
            target - headingWords - introWords - conclusionWords - faqCount * answerWords);

    List<Step> steps = new ArrayList<>();
    paragraphs(steps, intro, introWords, target >= 700 ? 2 : 1);
    for (String[] section : sections) {
      steps.add(new Step(Kind.H2, section[0], section[1], 0, null, null));
      section(steps, sectionWords / sectionCount * (0.85 + 0.3 * random.nextDouble()));
    }
    if (!outline.isEmpty()) {
      // the template's sections are the whole outline: the closing words end its last section
      paragraphs(steps, conclusion, conclusionWords, target >= 1500 ? 2 : 1);
    }
    if (faqCount > 0) {
      steps.add(new Step(Kind.H2, "Frequently asked questions", voice.keyword(), 0, null, null));
      for (int i = 0; i < faqCount; i++) {
        steps.add(new Step(Kind.H3, questions.get(i), null, 0, null, null));
        steps.add(new Step(Kind.PARAGRAPH, null, null, answerWords, body, faqs.get(i).answer()));
      }
    }
    if (outline.isEmpty()) {
      steps.add(new Step(Kind.H2, "Conclusion", voice.keyword(), 0, null, null));
      paragraphs(steps, conclusion, conclusionWords, target >= 1500 ? 2 : 1);
    }
    return steps;
  }

  /** True when headings could take too large a share of the words: short text, long keyword. */
  private boolean tightOnWords() {
    return target < 300 || voice.words(Voice.KEYWORD) > 4;
  }

  private int faqCount() {
    if (target < 400) {
      return 1;
    }
    if (target < 1200) {
      return 2;
    }
    return target < 3000 ? 3 : target < 6000 ? 4 : 5;
  }

  /** Heading and topic of each section; aspects repeat with new headings in very long articles. */
  private List<String[]> sectionHeadings(int count) {
    List<Phrasebook.Aspect> aspects = new ArrayList<>(Phrasebook.ASPECTS);
    shuffle(aspects);
    // open with an aspect that introduces the subject
    int opening = 0;
    while (Phrasebook.ASPECTS.indexOf(aspects.get(opening)) >= Phrasebook.OPENING_ASPECTS) {
      opening++;
    }
    aspects.addFirst(aspects.remove(opening));
    // a long keyword in every heading would crowd out the text
    int keywordHeadings =
        voice.words(Voice.KEYWORD) > 4
            ? count / 6
            : target < 250 ? 0 : target < 500 ? 1 : Integer.MAX_VALUE;
    List<String[]> headings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Phrasebook.Aspect aspect = aspects.get(i % aspects.size());
      int round = i / aspects.size();
      String heading;
      if (round == 0) {
        heading = aspect.plainHeading();
        if (keywordHeadings > 0) {
          heading = Casing.upperFirst(aspect.heading().render(voice));
          if (!heading.equals(aspect.plainHeading())) {
            keywordHeadings--;
          }
        }
      } else if (round <= Phrasebook.REVISITED.size()) {
        heading = Phrasebook.REVISITED.get(round - 1) + aspect.topic();
      } else {
        heading = Casing.upperFirst(aspect.heading().render(voice)) + " (part " + round + ")";
      }
      headings.add(new String[] {heading, aspect.topic()});
    }
    return headings;
  }

  /** The steps of one section of about {@code words} words: paragraphs, sometimes a list. */
  private void section(List<Step> steps, double words) {
    boolean withList = words >= 150 && random.nextInt(5) < 2;
    int listWords = withList ? (int) Math.min(36, words / 4) : 0;
    int count = clamp((int) Math.round((words - listWords) / WORDS_PER_PARAGRAPH), 1, 5);
    int each = (int) Math.round((words - listWords) / count);
    for (int i = 0; i < count; i++) {
      steps.add(new Step(Kind.PARAGRAPH, null, null, each, body, null));
      if (withList && i == 0) {
        steps.add(new Step(Kind.LIST_LEAD, null, null, 0, null, null));
        steps.add(new Step(Kind.LIST, null, null, listWords, null, null));
      }
    }
  }

  private void paragraphs(List<Step> steps, Deck deck, int words, int count) {
    for (int i = 0; i < count; i++) {
      steps.add(new Step(Kind.PARAGRAPH, null, null, words / count, deck, null));
    }
  }

  private void heading(String prefix, Step step) {
    markdown.append("\n\n").append(prefix).append(step.text());
    if (step.topic() != null) {
      voice.topic(step.topic());
    }
  }

  private void listLead() {
    markdown.append("\n\n");
    bodyWords += sentence(listLeads.draw(voice, Integer.MAX_VALUE), -1, false);
  }

  private void list(int budget) {
    markdown.append("\n\n");
    int used = 0;
    for (int items = 0; items < 3 || (items < 7 && budget - used >= 4); items++) {
      if (items > 0) {
        markdown.append('\n');
      }
      markdown.append("- ");
      Template item = listItems.draw(voice, Integer.MAX_VALUE);
      int start = markdown.length();
      item.render(voice, markdown);
      Casing.upperFirst(markdown, start);
      used += item.words(voice);
    }
    bodyWords += used;
  }

  /**
   * Fills a paragraph with about {@code budget} words; the {@code land}ing paragraph ends the
   * article and stops on the target exactly when the short sentences allow it.
   */
  private void paragraph(Step step, int budget, boolean land) {
    markdown.append("\n\n");
    int used = 0;
    int sentences = 0;
    boolean openerBefore = false;
    if (step.first() != null) {
      used += sentence(step.first(), -1, false);
      sentences++;
    }
    while (true) {
      int left = budget - used;
      if (sentences > 0 && (left <= 0 || (!land && left < SLACK))) {
        break;
      }
      // openers now and then, never two sentences in a row
      int opener =
          sentences > 0 && !openerBefore && random.nextInt(4) == 0 ? voice.pickOpener() : -1;
      int openerWords = opener < 0 ? 0 : voice.openerWords(opener);
      int room = (land ? left : left + SLACK) - openerWords;
      // intro and conclusion open with their own sentences, then continue like any section
      Deck deck = sentences < 3 ? step.deck() : body;
      Template next = deck.draw(voice, room);
      if (next == null && deck != body) {
        next = body.draw(voice, room);
      }
      if (next == null || !next.takesOpener()) {
        opener = -1;
      }
      if (next == null) {
        next = shorts.closest(voice, Math.max(land ? left : left + 1, 2));
      }
      if (next == null) {
        break;
      }
      used += sentence(next, opener, sentences > 0);
      openerBefore = opener >= 0;
      sentences++;
    }
    bodyWords += used;
  }

  /** Appends one sentence, with an opener when {@code opener >= 0}; returns its words. */
  private int sentence(Template template, int opener, boolean afterAnother) {
    if (afterAnother) {
      markdown.append(' ');
    }
    int words = template.words(voice);
    if (opener >= 0) {
      markdown.append(voice.opener(opener)).append(' ');
      words += voice.openerWords(opener);
    }
    int start = markdown.length();
    template.render(voice, markdown);
    if (opener < 0) {
      Casing.upperFirst(markdown, start);
    } else if (template.startsWithLiteral()) {
      Casing.lowerFirst(markdown, start);
    }
    return words;
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      list.set(j, list.set(i, list.get(j)));
    }
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
