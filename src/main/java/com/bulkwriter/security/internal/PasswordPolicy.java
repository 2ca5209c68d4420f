package com.bulkwriter.security.internal;

import com.bulkwriter.support.InputError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be, for every account and for {@code BULKWRITER_ADMIN_PASSWORD}: 12
 * characters to 72 bytes (bcrypt reads no more), not blank, not containing the username (ignoring
 * case), and not one of the common passwords shipped in {@code security/common-passwords.txt} — not
 * even with digits or symbols added at its end ({@code sunshine2024!} is {@code sunshine}). The
 * list is the 49,233 passwords of zxcvbn-ts's {@code @zxcvbn-ts/language-common} 4.1.3 (MIT
 * licence, see NOTICE).
 */
final class PasswordPolicy {

  static final int MIN_CHARS = 12;

  /** bcrypt reads at most 72 bytes; longer passwords would be cut silently, so refuse them. */
  static final int MAX_BYTES = 72;

  /** A common word with a suffix counts as that word only when the word is at least this long. */
  private static final int MIN_STEM = 4;

  private static final String LIST = "/security/common-passwords.txt";

  private static final String[] COMMON = load();

  private PasswordPolicy() {}

  /** Everything wrong with {@code password} for {@code username}: empty when it may be used. */
  static List<InputError> check(String username, String password, String field) {
    List<InputError> errors = new ArrayList<>();
    if (password == null || password.length() < MIN_CHARS) {
      errors.add(InputError.field(field, "use at least " + MIN_CHARS + " characters"));
      return errors;
    }
    if (password.length() > MAX_BYTES
        || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      errors.add(InputError.field(field, "use at most " + MAX_BYTES + " bytes"));
      return errors;
    }
    if (password.isBlank()) {
      errors.add(InputError.field(field, "use something other than spaces"));
      return errors;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      errors.add(InputError.field(field, "must not contain the username"));
    }
    if (isCommon(lower)) {
      errors.add(
          InputError.field(
              field, "is on a list of common passwords: choose one nobody would guess"));
    }
    return errors;
  }

  private static boolean isCommon(String lower) {
    if (listed(lower)) {
      return true;
    }
    int end = lower.length();
    while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
      end--;
    }
    return end >= MIN_STEM && end < lower.length() && listed(lower.substring(0, end));
  }

  private static boolean listed(String lower) {
    return Arrays.binarySearch(COMMON, lower) >= 0;
  }

  private static String[] load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("The list of common passwords is missing: " + LIST);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] words =
          reader
              .lines()
              .map(line -> line.strip().toLowerCase(Locale.ROOT))
              .filter(line -> !line.isEmpty())
              .distinct()
              .toArray(String[]::new);
      Arrays.sort(words);
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
