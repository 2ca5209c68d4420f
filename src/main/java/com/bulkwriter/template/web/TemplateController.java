package com.bulkwriter.template.web;

import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.template.internal.TemplateInput;
import com.bulkwriter.template.internal.TemplateService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Team templates: named batch settings, private or shared. */
@RestController
@RequestMapping("/api/templates")
@Tag(
    name = "Templates",
    description =
        "Named batch settings (with an outline template and required phrases) to start a batch"
            + " from; private to their owner or shared with every user")
@ApiResponse(
    responseCode = "400",
    description = "Invalid input; `errors` names each bad field (name, settings.<field>)")
@ApiResponse(responseCode = "404", description = "No such template, or another user's private one")
class TemplateController {

  private final TemplateService service;
  private final CurrentOwner owner;

  TemplateController(TemplateService service, CurrentOwner owner) {
    this.service = service;
    this.owner = owner;
  }

  @Operation(
      summary = "List templates by name",
      description =
          "The caller's own templates and every shared one; an admin sees every template.")
  @GetMapping
  List<TemplateView> templates() {
    return service.visible(owner.scope()).stream().map(this::view).toList();
  }

  @Operation(summary = "One template")
  @GetMapping("/{id}")
  TemplateView template(@PathVariable UUID id) {
    return view(service.find(owner.scope(), id));
  }

  @Operation(
      summary = "Create a template",
      description =
          "Body: {\"name\", \"shared\": false, \"settings\": {provider, model, language, tone,"
              + " wordCount, audience, pointOfView, includeFaq, instructions, maxCostUsd, outline,"
              + " requiredPhrases}}. Settings are checked as a batch's are and completed with the"
              + " defaults. outline: the H2 headings every article uses, in order; requiredPhrases:"
              + " phrases every article must contain. Both are lists of one-line texts (or one"
              + " text, a line each) that may hold the placeholders {keyword}, {Keyword} and"
              + " {year}; any other {…} is refused naming the field.")
  @ApiResponse(responseCode = "201", description = "Created; Location is the template")
  @ApiResponse(
      responseCode = "429",
      description = "The caller keeps bulkwriter.templates.max-per-owner templates already")
  @PostMapping
  ResponseEntity<TemplateView> create(@RequestBody TemplateInput input) {
    TemplateView created = view(service.create(owner.get(), input));
    return ResponseEntity.created(URI.create("/api/templates/" + created.id())).body(created);
  }

  @Operation(
      summary = "Change a template",
      description =
          "Same body as create; replaces name, sharing and settings. Batches already submitted"
              + " from it keep the settings they were submitted with.")
  @ApiResponse(
      responseCode = "403",
      description = "Another user's shared template: only its owner or an admin changes it")
  @PutMapping("/{id}")
  TemplateView update(@PathVariable UUID id, @RequestBody TemplateInput input) {
    return view(service.update(owner.get(), owner.isAdmin(), id, input));
  }

  @Operation(summary = "Delete a template; batches submitted from it are not affected")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(
      responseCode = "403",
      description = "Another user's shared template: only its owner or an admin deletes it")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    service.delete(owner.get(), owner.isAdmin(), id);
    return ResponseEntity.noContent().build();
  }

  private TemplateView view(com.bulkwriter.template.internal.Template template) {
    return TemplateView.of(template, owner.get(), owner.isAdmin());
  }
}
