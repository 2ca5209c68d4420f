package com.bulkwriter.batch.internal;

import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/** Reads the two submission formats, JSON and CSV, into one {@link RawSubmission}. */
final class SubmissionReader {

  private static final List<String> COLUMNS = columns();

  private SubmissionReader() {}

  /**
   * {@code {"name": ..., "settings": {...}, "items": [{"keyword": ..., <overrides>}]}}; an item may
   * also be a plain string, the keyword.
   */
  static RawSubmission fromJson(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw malformed("body", "must be a JSON object with name, settings and items");
    }
    List<InputError> errors = new ArrayList<>();
    body.propertyNames()
        .forEach(
            field -> {
              if (!List.of("name", "settings", "items").contains(field)) {
                errors.add(
                    InputError.field(field, "is not a known field; use name, settings, items"));
              }
            });
    JsonNode name = body.get("name");
    if (name != null && !name.isNull() && !name.isString()) {
      errors.add(InputError.field("name", "must be text"));
    }
    JsonNode settings = body.get("settings");
    if (settings != null && !settings.isNull() && !settings.isObject()) {
      errors.add(InputError.field("settings", "must be an object"));
    }
    JsonNode items = body.get("items");
    if (items == null || !items.isArray()) {
      errors.add(InputError.field("items", "must be an array of items"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The request body is not a valid batch.", errors);
    }
    List<Map<String, Object>> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (item.isString()) {
        rows.add(Map.of("keyword", item.stringValue()));
      } else if (item.isObject()) {
        rows.add(scalars(item, i + 1, errors));
      } else {
        errors.add(
            InputError.row(i + 1, "keyword", "an item must be an object or a keyword string"));
      }
    }
    Map<String, Object> settingValues =
        settings == null || settings.isNull() ? Map.of() : scalars(settings, null, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The request body is not a valid batch.", errors);
    }
    return new RawSubmission(
        name == null || name.isNull() ? null : name.stringValue(), settingValues, rows);
  }

  /**
   * The CSV body as text; bytes that are not UTF-8 are refused, naming the row they are in (the
   * header is row 0) and their line, instead of turning into U+FFFD in stored keywords.
   */
  static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += body[i] == '\n' ? 1 : 0;
      }
      String message =
          "line %d has bytes that are not UTF-8 (0x%02X at byte %d); save the file as UTF-8"
              .formatted(line, body[at] & 0xFF, at + 1);
      throw new InvalidInputException(
          "The CSV is not UTF-8 text; nothing was saved.",
          List.of(
              line == 1
                  ? InputError.field("header", message)
                  : InputError.row(line - 1, "body", message)));
    }
    return out.flip().toString();
  }

  /**
   * A header row naming {@code keyword} and any override columns (case and punctuation are ignored:
   * {@code Word Count} is {@code wordCount}); batch settings come from query parameters.
   */
  static RawSubmission fromCsv(String body, String name, Map<String, String> settings) {
    String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      List<InputError> errors = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      for (String column : header) {
        String field = canonical(column);
        String squashed = column.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        String batchOnly =
            SettingsReader.BATCH_ONLY_FIELDS.stream()
                .filter(f -> f.toLowerCase(Locale.ROOT).equals(squashed))
                .findFirst()
                .orElse(null);
        if (batchOnly != null) {
          errors.add(InputError.field(column, SettingsReader.batchOnly(batchOnly)));
        } else if (field == null) {
          errors.add(
              InputError.field(column, "is not a known column; use " + String.join(", ", COLUMNS)));
        }
        fields.add(field);
      }
      if (!fields.contains("keyword")) {
        errors.add(InputError.field("keyword", "the CSV needs a header row with a keyword column"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException("The CSV header is not usable.", errors);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < fields.size() && i < record.size(); i++) {
          row.put(fields.get(i), record.get(i));
        }
        rows.add(row);
      }
      return new RawSubmission(name, new LinkedHashMap<>(settings), rows);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw malformed("body", "malformed CSV: " + e.getMessage());
    }
  }

  private static Map<String, Object> scalars(
      JsonNode object, Integer row, List<InputError> errors) {
    Map<String, Object> values = new LinkedHashMap<>();
    object
        .properties()
        .forEach(
            entry -> {
              JsonNode value = entry.getValue();
              if (value.isNull()) {
                values.put(entry.getKey(), null);
              } else if (value.isString()) {
                values.put(entry.getKey(), value.stringValue());
              } else if (value.isNumber()) {
                values.put(entry.getKey(), value.numberValue());
              } else if (value.isBoolean()) {
                values.put(entry.getKey(), value.booleanValue());
              } else if (row == null
                  && value.isArray()
                  && SettingsReader.LIST_FIELDS.contains(entry.getKey())) {
                // the list settings (outline, requiredPhrases); SettingsReader checks each item
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isString() ? item.stringValue() : item));
                values.put(entry.getKey(), items);
              } else {
                String prefix = row == null ? "settings." : "";
                errors.add(new InputError(row, prefix + entry.getKey(), "must be a single value"));
              }
            });
    return values;
  }

  private static String canonical(String column) {
    String squashed = column.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    return COLUMNS.stream()
        .filter(field -> field.toLowerCase(Locale.ROOT).equals(squashed))
        .findFirst()
        .orElse(null);
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("keyword", "title"));
    columns.addAll(SettingsReader.SETTING_FIELDS);
    return List.copyOf(columns);
  }

  private static InvalidInputException malformed(String field, String message) {
    return new InvalidInputException(
        "The body is not a readable batch: " + message, List.of(InputError.field(field, message)));
  }
}
