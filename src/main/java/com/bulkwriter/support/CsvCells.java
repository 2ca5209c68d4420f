package com.bulkwriter.support;

/**
 * Cells of a CSV the product writes, made harmless for spreadsheets (OWASP, "CSV Injection"): text
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * run as a formula by Excel or LibreOffice, so it gets a leading single quote, which they show as
 * text. Quoting and escaping stay with commons-csv.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The text as a spreadsheet shows it without running it; {@code null} stays {@code null}. */
  public static String neutral(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }
}
