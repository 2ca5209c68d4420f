package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.internal.ConnectionCheck;
import com.bulkwriter.publishing.internal.SiteChoices;
import com.bulkwriter.publishing.internal.SiteService;
import com.bulkwriter.publishing.internal.SiteService.SiteRequest;
import com.bulkwriter.security.CurrentOwner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Connected WordPress sites: connect, change, test, list their terms and authors, remove. */
@RestController
@RequestMapping("/api/sites")
@Tag(
    name = "Sites",
    description =
        "WordPress sites to publish to, with an application password that is stored encrypted"
            + " and never returned")
@ApiResponse(responseCode = "404", description = "No such site (or not yours)")
class SiteController {

  private final SiteService service;
  private final CurrentOwner owner;

  SiteController(SiteService service, CurrentOwner owner) {
    this.service = service;
    this.owner = owner;
  }

  @Operation(
      summary = "Connect a site",
      description =
          "Body: {\"name\", \"url\" (the site's address, e.g. https://example.com),"
              + " \"username\", \"applicationPassword\" (Users → Profile → Application Passwords"
              + " in WordPress), \"requestPaceMs\" (optional: least milliseconds between two"
              + " requests to the site from all nodes; else bulkwriter.publishing.request-pace),"
              + " \"defaults\" (optional: {\"status\": draft|publish, \"categories\", \"tags\","
              + " \"authorId\"}, what the Publish dialog starts from)}. The password is encrypted"
              + " with BULKWRITER_SECRETS_KEY; test the connection afterwards with POST"
              + " /api/sites/{id}/test.")
  @ApiResponse(responseCode = "201", description = "Connected; Location is the site")
  @ApiResponse(
      responseCode = "400",
      description = "A field is missing or invalid; `errors` names each")
  @ApiResponse(
      responseCode = "422",
      description = "The server has no BULKWRITER_SECRETS_KEY; the detail says how to set one")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SiteView> connect(@RequestBody SiteRequest request) {
    SiteView view = SiteView.of(service.connect(owner.get(), request));
    return ResponseEntity.created(URI.create("/api/sites/" + view.id())).body(view);
  }

  @Operation(summary = "The caller's sites (an admin sees every site)")
  @ApiResponse(responseCode = "200", description = "The sites")
  @GetMapping
  List<SiteView> sites() {
    return service.sites(owner.scope()).stream().map(SiteView::of).toList();
  }

  @Operation(summary = "One site")
  @ApiResponse(responseCode = "200", description = "The site")
  @GetMapping("/{id}")
  SiteView site(@PathVariable UUID id) {
    return SiteView.of(service.site(owner.scope(), id));
  }

  @Operation(
      summary = "Change a site",
      description =
          "The same body as connecting; leave applicationPassword out to keep the stored one"
              + " (requestPaceMs and defaults are replaced: left out, they are cleared). The last"
              + " connection test is forgotten.")
  @ApiResponse(responseCode = "400", description = "A field is invalid; `errors` names each")
  @ApiResponse(responseCode = "200", description = "The changed site")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  SiteView change(@PathVariable UUID id, @RequestBody SiteRequest request) {
    return SiteView.of(service.change(owner.scope(), id, request));
  }

  @Operation(summary = "Remove a site (refused while a publish job to it is running or paused)")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(responseCode = "409", description = "A publish job to the site is running or paused")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> disconnect(@PathVariable UUID id) {
    service.disconnect(owner.scope(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Test the connection",
      description =
          "Checks that the REST API answers, the application password is accepted and the user"
              + " may publish posts, create terms and upload media; reads the site's timezone for"
              + " schedules. Always 200: `ok` and `problems` tell the outcome.")
  @ApiResponse(responseCode = "200", description = "What the test found")
  @PostMapping("/{id}/test")
  ConnectionCheck test(@PathVariable UUID id) {
    return service.test(owner.scope(), id);
  }

  @Operation(summary = "The site's categories, tags and authors, to pick from")
  @ApiResponse(
      responseCode = "409",
      description = "The site could not be read (the detail says why)")
  @ApiResponse(responseCode = "200", description = "The categories, tags and authors")
  @GetMapping("/{id}/choices")
  SiteChoices choices(@PathVariable UUID id) {
    return service.choices(owner.scope(), id);
  }
}
