package com.bulkwriter.batch;

import java.util.List;

/** The values a batch setting may take, and the limits of the free-text ones. */
public final class SettingValues {

  public static final List<String> TONES =
      List.of(
          "professional",
          "friendly",
          "casual",
          "formal",
          "authoritative",
          "conversational",
          "persuasive",
          "informative",
          "humorous",
          "enthusiastic",
          "empathetic",
          "neutral");

  public static final List<String> POINTS_OF_VIEW =
      List.of("first-person-singular", "first-person-plural", "second-person", "third-person");

  public static final int MIN_WORDS = 100;
  public static final int MAX_WORDS = 10_000;
  public static final int MAX_KEYWORD_LENGTH = 200;
  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_AUDIENCE_LENGTH = 200;
  public static final int MAX_INSTRUCTIONS_LENGTH = 4_000;
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_MODEL_LENGTH = 100;

  /** An outline template: at most this many H2 headings, each one line of at most this length. */
  public static final int MAX_OUTLINE_HEADINGS = 30;

  public static final int MAX_HEADING_LENGTH = 200;

  /** Required phrases per article, and the length of each. */
  public static final int MAX_REQUIRED_PHRASES = 20;

  public static final int MAX_PHRASE_LENGTH = 100;

  /** Highest budget cap a batch may name; fits the cost columns (DECIMAL(14, 6)). */
  public static final java.math.BigDecimal MAX_COST_USD = new java.math.BigDecimal("1000000");

  /** How a batch is sent: one call per article, or through the provider's batch API. */
  public static final String REALTIME = "realtime";

  public static final String ECONOMY = "economy";
  public static final List<String> MODES = List.of(REALTIME, ECONOMY);

  public static final String DEFAULT_LANGUAGE = "en";
  public static final String DEFAULT_TONE = "professional";
  public static final int DEFAULT_WORDS = 800;
  public static final String DEFAULT_POINT_OF_VIEW = "second-person";

  private SettingValues() {}
}
