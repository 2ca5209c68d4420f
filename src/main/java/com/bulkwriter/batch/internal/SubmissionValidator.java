package com.bulkwriter.batch.internal;

import static com.bulkwriter.batch.SettingValues.MAX_KEYWORD_LENGTH;
import static com.bulkwriter.batch.SettingValues.MAX_NAME_LENGTH;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.UserText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a whole submission and either returns it typed and complete or throws one {@link
 * InvalidInputException} listing every bad row and field, so nothing of an invalid batch is saved.
 */
@Component
class SubmissionValidator {

  /** Errors beyond this many are summarised; a 10,000-row paste should not return 10,000. */
  static final int MAX_REPORTED_ERRORS = 200;

  private final SettingsReader settingsReader;
  private final BatchProperties properties;

  SubmissionValidator(SettingsReader settingsReader, BatchProperties properties) {
    this.settingsReader = settingsReader;
    this.properties = properties;
  }

  ValidSubmission validate(RawSubmission raw) {
    List<InputError> errors = new ArrayList<>();
    String name = raw.name() == null ? null : UserText.strip(raw.name());
    String nameProblem = UserText.controlCharacterProblem(name, false);
    if (nameProblem != null) {
      errors.add(InputError.field("name", nameProblem));
    } else if (name != null && name.length() > MAX_NAME_LENGTH) {
      errors.add(
          InputError.field(
              "name",
              "is %d characters long; at most %d".formatted(name.length(), MAX_NAME_LENGTH)));
    }
    BatchSettings settings = settingsReader.settings(raw.settings(), errors);
    List<Map<String, Object>> items = raw.items();
    if (items.isEmpty()) {
      errors.add(InputError.field("items", "a batch needs at least one keyword"));
    }
    if (items.size() > properties.maxItems()) {
      errors.add(
          InputError.field(
              "items",
              "%d items is more than the limit of %d per batch"
                  .formatted(items.size(), properties.maxItems())));
      throw invalid(errors);
    }
    List<ValidSubmission.Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(row(i + 1, items.get(i), settings, errors));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    String batchName = name == null || name.isEmpty() ? defaultName(rows) : name;
    return new ValidSubmission(batchName, settings, rows);
  }

  private ValidSubmission.Row row(
      int row, Map<String, Object> item, BatchSettings settings, List<InputError> errors) {
    Map<String, Object> rest = new HashMap<>(item);
    Object rawKeyword = rest.remove("keyword");
    String keyword = rawKeyword == null ? "" : UserText.strip(rawKeyword.toString());
    String keywordProblem = UserText.controlCharacterProblem(keyword, false);
    if (keywordProblem != null) {
      errors.add(InputError.row(row, "keyword", keywordProblem));
    } else if (keyword.isEmpty()) {
      errors.add(
          InputError.row(
              row,
              "keyword",
              "is blank (spaces and invisible characters do not count); every row needs a"
                  + " keyword"));
    } else if (keyword.length() > MAX_KEYWORD_LENGTH) {
      errors.add(
          InputError.row(
              row,
              "keyword",
              "is %d characters long; at most %d".formatted(keyword.length(), MAX_KEYWORD_LENGTH)));
    }
    for (String field : rest.keySet()) {
      if (SettingsReader.BATCH_ONLY_FIELDS.contains(field)) {
        errors.add(InputError.row(row, field, SettingsReader.batchOnly(field)));
      } else if (!field.equals("title") && !SettingsReader.SETTING_FIELDS.contains(field)) {
        errors.add(InputError.row(row, field, "is not a known column or field"));
      }
    }
    ArticleOverrides overrides = settingsReader.overrides(row, rest, settings, errors);
    return new ValidSubmission.Row(keyword, overrides);
  }

  private static String defaultName(List<ValidSubmission.Row> rows) {
    String first = rows.getFirst().keyword();
    String name = rows.size() == 1 ? first : first + " and " + (rows.size() - 1) + " more";
    return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
  }

  private static InvalidInputException invalid(List<InputError> errors) {
    List<InputError> reported =
        errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
    String more =
        errors.size() > MAX_REPORTED_ERRORS
            ? " (the first %d are listed)".formatted(MAX_REPORTED_ERRORS)
            : "";
    return new InvalidInputException(
        "The batch has %d problem%s%s; nothing was saved."
            .formatted(errors.size(), errors.size() == 1 ? "" : "s", more),
        reported);
  }
}
