package com.bulkwriter.generation;

/**
 * Everything a provider needs to write one article: the keyword and the effective settings (batch
 * settings with the row's overrides applied).
 *
 * @param keyword the keyword or topic the article is about
 * @param title a title the user asked for, or {@code null} to let the provider choose
 * @param provider provider name, e.g. {@code offline}
 * @param model model name at that provider
 * @param language ISO 639-1 language code
 * @param tone tone of voice, e.g. {@code professional}
 * @param wordCount target length in words
 * @param audience who the article is for (free text, may be blank)
 * @param pointOfView e.g. {@code second-person}
 * @param includeFaq whether to end with a FAQ section
 * @param instructions custom instructions (free text, may be blank)
 */
public record ArticleSpec(
    String keyword,
    String title,
    String provider,
    String model,
    String language,
    String tone,
    int wordCount,
    String audience,
    String pointOfView,
    boolean includeFaq,
    String instructions) {}
