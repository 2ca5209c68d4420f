package com.bulkwriter.template.web;

import com.bulkwriter.batch.BatchSettings;
import com.bulkwriter.template.internal.Template;
import java.time.Instant;
import java.util.UUID;

/**
 * A template as the API shows it.
 *
 * @param editable whether the caller may change or delete it (its owner, or an admin)
 */
record TemplateView(
    UUID id,
    String name,
    String owner,
    boolean shared,
    boolean editable,
    BatchSettings settings,
    Instant createdAt,
    Instant updatedAt) {

  static TemplateView of(Template template, String user, boolean admin) {
    return new TemplateView(
        template.id(),
        template.name(),
        template.owner(),
        template.shared(),
        template.editableBy(user, admin),
        template.settings(),
        template.createdAt(),
        template.updatedAt());
  }
}
