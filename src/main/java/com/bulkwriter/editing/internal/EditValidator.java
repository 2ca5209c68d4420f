package com.bulkwriter.editing.internal;

import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an edit before anything is saved: every field fits its column in the articles table, the
 * slug is a slug, and no field carries a control character (the body may hold line breaks and
 * tabs). Every problem is reported at once, naming its field.
 */
final class EditValidator {

  static final int MAX_TITLE = 500;
  static final int MAX_SLUG = 200;
  static final int MAX_META_DESCRIPTION = 200;
  static final int MAX_BODY = 1_000_000;

  /** Lowercase ASCII letters and digits in runs joined by single hyphens, as Slugs makes them. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private EditValidator() {}

  /** The edit with its single-line fields trimmed; refused with 400 naming each bad field. */
  static ArticleEdit check(ArticleEdit edit) {
    List<InputError> errors = new ArrayList<>();
    String title = UserText.strip(edit.title());
    String slug = UserText.strip(edit.slug());
    String meta = edit.metaDescription() == null ? "" : UserText.strip(edit.metaDescription());
    String body = edit.markdown();

    line(errors, "title", title, MAX_TITLE, true);
    line(errors, "slug", slug, MAX_SLUG, true);
    boolean slugChecked = errors.stream().noneMatch(e -> e.field().equals("slug"));
    if (slugChecked && !SLUG.matcher(slug).matches()) {
      errors.add(
          InputError.field(
              "slug",
              "must be lowercase letters (a-z), digits and single hyphens between them, such as"
                  + " espresso-at-home"));
    }
    line(errors, "metaDescription", meta, MAX_META_DESCRIPTION, false);
    if (body == null || body.isBlank() || UserText.isBlank(body)) {
      errors.add(InputError.field("markdown", "must not be empty"));
    } else if (body.length() > MAX_BODY) {
      errors.add(
          InputError.field(
              "markdown",
              "is %,d characters long; at most %,d are allowed"
                  .formatted(body.length(), MAX_BODY)));
    } else {
      String control = UserText.controlCharacterProblem(body, true);
      if (control != null) {
        errors.add(InputError.field("markdown", control));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.size() == 1
              ? "The article cannot be saved: "
                  + errors.getFirst().field()
                  + " "
                  + errors.getFirst().message()
              : "The article cannot be saved: " + errors.size() + " fields are invalid",
          errors);
    }
    return new ArticleEdit(title, slug, meta.isEmpty() ? null : meta, body);
  }

  private static void line(
      List<InputError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isEmpty()) {
      if (required) {
        errors.add(InputError.field(field, "must not be empty"));
      }
      return;
    }
    String control = UserText.controlCharacterProblem(value, false);
    if (control != null) {
      errors.add(InputError.field(field, control));
    } else if (value.length() > max) {
      errors.add(
          InputError.field(
              field,
              "is %,d characters long; at most %,d are allowed".formatted(value.length(), max)));
    }
  }
}
