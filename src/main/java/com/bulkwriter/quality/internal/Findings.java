package com.bulkwriter.quality.internal;

import com.bulkwriter.quality.QualityCheck;
import java.util.Map;

/**
 * What the checks of one article found.
 *
 * @param failures each failed check with what is wrong; a check not named passed
 * @param readability the reading ease, {@code null} when the language has no formula
 * @param formula the readability formula used, {@code null} when none
 * @param signature MinHash signature of the text, {@code null} when it has no word
 */
record Findings(
    Map<QualityCheck, String> failures, Double readability, String formula, int[] signature) {

  static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
  }
}
