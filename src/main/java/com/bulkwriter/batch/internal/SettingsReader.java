package com.bulkwriter.batch.internal;

import static com.bulkwriter.batch.SettingValues.*;

import com.bulkwriter.batch.ArticleOverrides;
import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.generation.Placeholders;
import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.UserText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads batch settings and per-row overrides from loosely typed input (JSON values or CSV cells),
 * collecting every problem as an {@link InputError} that names the row and field instead of
 * stopping at the first.
 */
@Component
public class SettingsReader {

  static final List<String> SETTING_FIELDS =
      List.of(
          "provider",
          "model",
          "language",
          "tone",
          "wordCount",
          "audience",
          "pointOfView",
          "includeFaq",
          "instructions");

  /** Fields that may span lines; every other text field is one line without control characters. */
  private static final Set<String> MULTI_LINE_FIELDS = Set.of("instructions");

  /** Settings of the whole batch that a row cannot override. */
  static final List<String> BATCH_ONLY_FIELDS =
      List.of("maxCostUsd", "outline", "requiredPhrases", "mode");

  /** Batch-wide settings that are lists of one-line texts (a JSON array, or a line each). */
  static final Set<String> LIST_FIELDS = Set.of("outline", "requiredPhrases");

  /** A message for a row or CSV column that tries to override a batch-wide setting. */
  static String batchOnly(String field) {
    return "is a batch-wide setting (settings.%s, or the query parameter %s for CSV); it cannot be set per row"
        .formatted(field, field);
  }

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Providers providers;

  SettingsReader(Providers providers) {
    this.providers = providers;
  }

  /** Batch settings, defaults filled in; errors are named {@code settings.<field>}. */
  public BatchSettings settings(Map<String, Object> raw, List<InputError> errors) {
    var values = new Values(raw, null, "settings.", errors);
    values.rejectUnknown(
        java.util.stream.Stream.concat(SETTING_FIELDS.stream(), BATCH_ONLY_FIELDS.stream())
            .toList());
    ProviderInfo defaultProvider = providers.defaultProvider();
    String providerName = values.provider();
    ProviderInfo provider = providerName == null ? defaultProvider : info(providerName);
    String model = values.model(provider);
    String mode = orElse(values.oneOf("mode", MODES), REALTIME);
    if (ECONOMY.equals(mode) && provider != null && !hasBatchApi(provider.name())) {
      values.error("mode", noBatchApi(provider.name()));
    }
    return new BatchSettings(
        provider == null ? providerName : provider.name(),
        model != null ? model : provider == null ? null : provider.defaultModel(),
        orElse(values.language(), DEFAULT_LANGUAGE),
        orElse(values.oneOf("tone", TONES), DEFAULT_TONE),
        orElse(values.wordCount(), DEFAULT_WORDS),
        values.text("audience", MAX_AUDIENCE_LENGTH),
        orElse(values.oneOf("pointOfView", POINTS_OF_VIEW), DEFAULT_POINT_OF_VIEW),
        orElse(values.bool("includeFaq"), false),
        values.text("instructions", MAX_INSTRUCTIONS_LENGTH),
        values.positiveAmount("maxCostUsd"),
        values.lines("outline", MAX_OUTLINE_HEADINGS, MAX_HEADING_LENGTH),
        values.lines("requiredPhrases", MAX_REQUIRED_PHRASES, MAX_PHRASE_LENGTH),
        mode);
  }

  /** Economy mode sends every article through its provider's batch API: one must exist. */
  private boolean hasBatchApi(String provider) {
    return providers.find(provider).map(g -> g.batchApi() != null).orElse(false);
  }

  private static final String ONE_MODEL =
      "cannot differ from the batch's in economy mode: one provider batch is for one provider and"
          + " one model";

  private static String noBatchApi(String provider) {
    return "economy mode needs a provider with a batch API (OpenAI-compatible or Anthropic); %s has none"
        .formatted(provider);
  }

  /**
   * A row's overrides (every field but {@code keyword}); a row that switches provider without a
   * model gets that provider's default model.
   */
  ArticleOverrides overrides(
      int row, Map<String, Object> raw, BatchSettings settings, List<InputError> errors) {
    var values = new Values(raw, row, "", errors);
    String providerName = values.provider();
    ProviderInfo provider = info(providerName == null ? settings.provider() : providerName);
    String model = values.model(provider);
    if (providerName != null && model == null && provider != null) {
      model = provider.name().equals(settings.provider()) ? null : provider.defaultModel();
    }
    if (settings.economy()) {
      // one provider batch is for one provider and one model
      if (providerName != null
          && provider != null
          && !provider.name().equals(settings.provider())) {
        values.error("provider", ONE_MODEL);
      } else if (model != null && !model.equals(settings.model())) {
        values.error("model", ONE_MODEL);
      }
    }
    return new ArticleOverrides(
        values.text("title", MAX_TITLE_LENGTH),
        providerName,
        model,
        values.language(),
        values.oneOf("tone", TONES),
        values.wordCount(),
        values.text("audience", MAX_AUDIENCE_LENGTH),
        values.oneOf("pointOfView", POINTS_OF_VIEW),
        values.bool("includeFaq"),
        values.text("instructions", MAX_INSTRUCTIONS_LENGTH));
  }

  private ProviderInfo info(String name) {
    return name == null ? null : providers.find(name).map(g -> g.info()).orElse(null);
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** The raw values of one row or of the settings, with the checks each field needs. */
  private final class Values {
    private final Map<String, Object> raw;
    private final Integer row;
    private final String prefix;
    private final List<InputError> errors;

    Values(Map<String, Object> raw, Integer row, String prefix, List<InputError> errors) {
      this.raw = raw;
      this.row = row;
      this.prefix = prefix;
      this.errors = errors;
    }

    void rejectUnknown(List<String> known) {
      raw.keySet().stream()
          .filter(key -> !known.contains(key))
          .forEach(key -> error(key, "is not a known setting; known: " + String.join(", ", known)));
    }

    String provider() {
      String name = text("provider", MAX_MODEL_LENGTH);
      if (name != null && providers.find(name).isEmpty()) {
        error(
            "provider",
            "unknown provider '%s'; available: %s"
                .formatted(
                    name,
                    providers.all().stream()
                        .map(ProviderInfo::name)
                        .collect(Collectors.joining(", "))));
        return null;
      }
      return name;
    }

    String model(ProviderInfo provider) {
      String model = text("model", MAX_MODEL_LENGTH);
      // a real provider bills the organisation's key: only the models configured for it
      if (model != null && provider != null && !provider.models().contains(model)) {
        error(
            "model",
            "'%s' is not a model allowed for provider %s; allowed: %s"
                .formatted(model, provider.name(), String.join(", ", provider.models())));
        return null;
      }
      return model;
    }

    String language() {
      String value = text("language", 20);
      if (value == null) {
        return null;
      }
      Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
      if (!LANGUAGES.contains(locale.getLanguage()) || locale.getLanguage().length() != 2) {
        error(
            "language",
            "'%s' is not an ISO 639-1 language code such as en or pt-BR".formatted(value));
        return null;
      }
      return locale.toLanguageTag();
    }

    String oneOf(String field, List<String> allowed) {
      String value = text(field, 100);
      if (value == null) {
        return null;
      }
      String normalized = value.toLowerCase(Locale.ROOT);
      if (!allowed.contains(normalized)) {
        error(field, "'%s' is not one of %s".formatted(value, String.join(", ", allowed)));
        return null;
      }
      return normalized;
    }

    Integer wordCount() {
      Object value = raw.get("wordCount");
      if (isAbsent(value)) {
        return null;
      }
      Long words = null;
      if (value instanceof Number number
          && number.doubleValue() == Math.rint(number.doubleValue())
          && Math.abs(number.doubleValue()) < 1e15) {
        words = (long) number.doubleValue();
      } else if (value instanceof String text && text.strip().matches("\\d{1,15}")) {
        words = Long.valueOf(text.strip());
      }
      if (words == null) {
        error("wordCount", "'%s' is not a whole number".formatted(value));
        return null;
      }
      if (words < MIN_WORDS || words > MAX_WORDS) {
        error(
            "wordCount",
            "%d is out of range; use %d to %d words".formatted(words, MIN_WORDS, MAX_WORDS));
        return null;
      }
      return words.intValue();
    }

    /** A positive amount of US dollars, such as 12.5 or "0.75". */
    BigDecimal positiveAmount(String field) {
      Object value = raw.get(field);
      if (isAbsent(value)) {
        return null;
      }
      BigDecimal amount = null;
      try {
        if (value instanceof Number || value instanceof String) {
          amount = new BigDecimal(value.toString().strip());
        }
      } catch (NumberFormatException notANumber) {
        amount = null;
      }
      if (amount == null) {
        error(field, "'%s' is not a number of US dollars such as 25 or 2.50".formatted(value));
        return null;
      }
      if (amount.signum() <= 0 || amount.compareTo(MAX_COST_USD) > 0) {
        error(
            field,
            "%s is out of range; use a positive amount of at most %s US dollars"
                .formatted(amount.toPlainString(), MAX_COST_USD.toPlainString()));
        return null;
      }
      return amount.stripTrailingZeros();
    }

    /**
     * A list of one-line texts: a JSON array of strings, or one text with a line each (a CSV query
     * parameter, a pasted block). Blank lines are skipped; every line may hold only the known
     * {@link Placeholders}.
     */
    List<String> lines(String field, int maxCount, int maxLength) {
      Object value = raw.get(field);
      List<?> items;
      if (value == null) {
        return List.of();
      } else if (value instanceof List<?> list) {
        items = list;
      } else if (value instanceof String text) {
        items = List.of(text.split("\r?\n"));
      } else {
        error(field, "must be a list of texts, one per line");
        return List.of();
      }
      List<String> lines = new ArrayList<>();
      int problems = 0;
      for (Object item : items) {
        if (!(item instanceof String text)) {
          error(field, "must be a list of texts; %s is not text".formatted(item));
          problems++;
          continue;
        }
        String line = UserText.strip(text);
        if (line.isEmpty()) {
          continue;
        }
        String problem = lineProblem(line, maxLength);
        if (problem != null) {
          error(field, "line %d (%s): %s".formatted(lines.size() + 1, shorten(line), problem));
          problems++;
        }
        lines.add(line);
      }
      if (lines.size() > maxCount) {
        error(field, "has %d lines; at most %d".formatted(lines.size(), maxCount));
        problems++;
      }
      return problems == 0 ? List.copyOf(lines) : List.of();
    }

    private static String lineProblem(String line, int maxLength) {
      String control = UserText.controlCharacterProblem(line, false);
      if (control != null) {
        return control;
      }
      if (line.length() > maxLength) {
        return "is %d characters long; at most %d".formatted(line.length(), maxLength);
      }
      List<String> unknown = Placeholders.unknownIn(line);
      if (!unknown.isEmpty()) {
        return "unknown placeholder %s; use %s"
            .formatted(String.join(", ", unknown), String.join(", ", Placeholders.KNOWN));
      }
      return null;
    }

    private static String shorten(String line) {
      return line.length() <= 40 ? "'" + line + "'" : "'" + line.substring(0, 40) + "…'";
    }

    Boolean bool(String field) {
      Object value = raw.get(field);
      if (isAbsent(value)) {
        return null;
      }
      if (value instanceof Boolean b) {
        return b;
      }
      String text = value.toString().strip().toLowerCase(Locale.ROOT);
      if (Arrays.asList("true", "yes", "1").contains(text)) {
        return true;
      }
      if (Arrays.asList("false", "no", "0").contains(text)) {
        return false;
      }
      error(field, "'%s' is not true or false".formatted(value));
      return null;
    }

    String text(String field, int maxLength) {
      Object value = raw.get(field);
      if (isAbsent(value)) {
        return null;
      }
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        error(field, "must be text");
        return null;
      }
      String text = UserText.strip(value.toString());
      String problem = UserText.controlCharacterProblem(text, MULTI_LINE_FIELDS.contains(field));
      if (problem != null) {
        error(field, problem);
        return null;
      }
      if (text.length() > maxLength) {
        error(field, "is %d characters long; at most %d".formatted(text.length(), maxLength));
        return null;
      }
      return text;
    }

    private boolean isAbsent(Object value) {
      return value == null || (value instanceof String s && (s.isBlank() || UserText.isBlank(s)));
    }

    void error(String field, String message) {
      errors.add(new InputError(row, prefix + field, message));
    }
  }
}
