package com.bulkwriter.keywords;

/**
 * One keyword to check.
 *
 * @param row 1-based row of the submission it comes from
 * @param text the keyword as typed
 * @param language ISO 639-1 language of its article ({@code en}, {@code pt-BR})
 */
public record Keyword(int row, String text, String language) {}
