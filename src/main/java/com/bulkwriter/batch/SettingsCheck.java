package com.bulkwriter.batch;

import com.bulkwriter.batch.internal.SettingsReader;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Batch settings checked exactly as a submitted batch's are, for other modules that keep settings
 * to submit later (templates): defaults filled in, every problem named {@code settings.<field>}.
 */
@Component
public class SettingsCheck {

  private final SettingsReader reader;

  SettingsCheck(SettingsReader reader) {
    this.reader = reader;
  }

  /**
   * The complete settings, or the problems added to {@code errors} (and settings that must not be
   * used). {@code raw} holds JSON values: text, numbers, booleans, lists of text.
   */
  public BatchSettings settings(Map<String, Object> raw, List<InputError> errors) {
    return reader.settings(raw == null ? Map.of() : raw, errors);
  }

  /** The complete settings, or {@link InvalidInputException} naming every bad field. */
  public BatchSettings settings(Map<String, Object> raw) {
    List<InputError> errors = new ArrayList<>();
    BatchSettings settings = settings(raw, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The settings are not valid; nothing was saved.", errors);
    }
    return settings;
  }
}
