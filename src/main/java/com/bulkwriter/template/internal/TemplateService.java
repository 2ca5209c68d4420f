package com.bulkwriter.template.internal;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.batch.SettingsCheck;
import com.bulkwriter.support.ForbiddenException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.TooManyRequestsException;
import com.bulkwriter.support.UserText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting templates. Reads are scoped like batches (a user: their
 * own and the shared ones; an admin: all); changes are the owner's or an admin's. Settings are
 * checked exactly as a batch's, so a template always submits cleanly.
 */
@Service
public class TemplateService {

  public static final int MAX_NAME_LENGTH = 100;

  private final Templates templates;
  private final SettingsCheck check;
  private final TemplateProperties properties;
  private final Clock clock;

  TemplateService(
      Templates templates, SettingsCheck check, TemplateProperties properties, Clock clock) {
    this.templates = templates;
    this.check = check;
    this.properties = properties;
    this.clock = clock;
  }

  /** By name; {@code scope} is the caller's name, or {@code null} for an admin. */
  public List<Template> visible(String scope) {
    return templates.visible(scope, properties.maxListed());
  }

  public Template find(String scope, UUID id) {
    return templates.find(scope, id).orElseThrow(() -> new NotFoundException("No template " + id));
  }

  @Transactional
  public Template create(String owner, TemplateInput input) {
    Valid valid = validate(owner, input, null);
    if (templates.countOwned(owner) >= properties.maxPerOwner()) {
      throw new TooManyRequestsException(
          "bulkwriter.templates.max-per-owner",
          "You have %d templates, the most one user may keep; delete one first."
              .formatted(properties.maxPerOwner()));
    }
    Instant now = clock.instant();
    Template template =
        new Template(
            UUID.randomUUID(), owner, valid.name(), valid.shared(), valid.settings(), now, now);
    templates.insert(template);
    return template;
  }

  @Transactional
  public Template update(String user, boolean admin, UUID id, TemplateInput input) {
    Template current = editable(user, admin, id);
    Valid valid = validate(current.owner(), input, id);
    Template changed =
        current.changed(valid.name(), valid.shared(), valid.settings(), clock.instant());
    templates.update(changed);
    return changed;
  }

  @Transactional
  public void delete(String user, boolean admin, UUID id) {
    templates.delete(editable(user, admin, id).id());
  }

  private Template editable(String user, boolean admin, UUID id) {
    Template template = find(admin ? null : user, id);
    if (!template.editableBy(user, admin)) {
      throw new ForbiddenException(
          "Template '%s' is shared by %s: only they or an admin can change it; save a copy of"
                  .formatted(template.name(), template.owner())
              + " your own instead.");
    }
    return template;
  }

  private record Valid(String name, boolean shared, BatchSettings settings) {}

  /** Every problem of the input at once, named by field; nothing is saved when there is one. */
  private Valid validate(String owner, TemplateInput input, UUID id) {
    List<InputError> errors = new ArrayList<>();
    String name = input.name() == null ? "" : UserText.strip(input.name());
    String problem = UserText.controlCharacterProblem(name, false);
    if (problem != null) {
      errors.add(InputError.field("name", problem));
    } else if (name.isEmpty()) {
      errors.add(InputError.field("name", "is blank; every template needs a name"));
    } else if (name.length() > MAX_NAME_LENGTH) {
      errors.add(
          InputError.field(
              "name",
              "is %d characters long; at most %d".formatted(name.length(), MAX_NAME_LENGTH)));
    } else if (templates.nameTaken(owner, name, id == null ? new UUID(0, 0) : id)) {
      errors.add(
          InputError.field(
              "name", "'%s' is the name of another of your templates".formatted(name)));
    }
    BatchSettings settings = check.settings(input.settings(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "The template has %d problem%s; nothing was saved."
              .formatted(errors.size(), errors.size() == 1 ? "" : "s"),
          errors);
    }
    return new Valid(name, Boolean.TRUE.equals(input.shared()), settings);
  }
}
