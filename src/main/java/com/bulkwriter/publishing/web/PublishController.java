package com.bulkwriter.publishing.web;

import com.bulkwriter.publishing.internal.ArticlePublication;
import com.bulkwriter.publishing.internal.PublishRequest;
import com.bulkwriter.publishing.internal.PublishService;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Publish jobs (start, follow, pause, resume, cancel) and each article's publication. */
@RestController
@Tag(
    name = "Publishing",
    description =
        "Finished articles to a WordPress site as drafts, published or on a schedule; exactly one"
            + " post per article and site")
@ApiResponse(responseCode = "404", description = "No such job or batch (or not yours)")
class PublishController {

  private final PublishService service;
  private final CurrentOwner owner;

  PublishController(PublishService service, CurrentOwner owner) {
    this.service = service;
    this.owner = owner;
  }

  @Operation(
      summary = "Publish articles to a site",
      description =
          "Body: {\"siteId\", \"batchId\" (its written articles) and/or \"articleIds\": [...],"
              + " \"approvedOnly\" (only the approved ones), \"status\": \"draft\" (default) | \"publish\""
              + " | \"schedule\", \"schedule\": {\"start\": \"2026-12-07T09:00\" (site's local"
              + " time), \"perDay\": 3, \"windowStart\": \"09:00\", \"windowEnd\": \"17:00\"},"
              + " \"categories\": [names], \"tags\": [names], \"authorId\": WordPress user id,"
              + " \"recreateDeleted\": false, \"filter\": {\"status\", \"review\", \"search\"}"
              + " (with batchId instead of articleIds: the batch's written articles matching the"
              + " batch page's filter)}. An article already on the site is updated, not"
              + " posted twice. Runs in the background; follow it with GET.")
  @ApiResponse(responseCode = "202", description = "Accepted; Location is the job")
  @ApiResponse(
      responseCode = "400",
      description = "A field is invalid; `errors` names each (articleIds[2], schedule.perDay …)")
  @ApiResponse(
      responseCode = "409",
      description =
          "An article is being published to the site right now, or the site's timezone cannot"
              + " be read for a schedule")
  @PostMapping(path = "/api/publish-jobs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublishJobView> start(@RequestBody PublishRequest request) {
    PublishJobView view = PublishJobView.of(service.start(owner.get(), owner.scope(), request));
    return ResponseEntity.accepted()
        .location(URI.create("/api/publish-jobs/" + view.id()))
        .body(view);
  }

  @Operation(summary = "Publish jobs, newest first")
  @ApiResponse(responseCode = "200", description = "The jobs")
  @GetMapping("/api/publish-jobs")
  PageOf<PublishJobView> jobs(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return service.jobs(owner.scope(), new PageRequest(page, size)).map(PublishJobView::of);
  }

  @Operation(summary = "One publish job with its counts")
  @ApiResponse(responseCode = "200", description = "The job")
  @GetMapping("/api/publish-jobs/{id}")
  PublishJobView job(@PathVariable UUID id) {
    return PublishJobView.of(service.job(owner.scope(), id));
  }

  @Operation(summary = "Pause a running job (posts in flight finish)")
  @ApiResponse(responseCode = "409", description = "The job is not running")
  @ApiResponse(responseCode = "200", description = "The paused job")
  @PostMapping("/api/publish-jobs/{id}/pause")
  PublishJobView pause(@PathVariable UUID id) {
    return PublishJobView.of(service.pause(owner.scope(), id));
  }

  @Operation(
      summary = "Resume a paused job",
      description = "After fixing what paused it (the site's password, the user's role …)")
  @ApiResponse(responseCode = "409", description = "The job is not paused")
  @ApiResponse(responseCode = "200", description = "The resumed job")
  @PostMapping("/api/publish-jobs/{id}/resume")
  PublishJobView resume(@PathVariable UUID id) {
    return PublishJobView.of(service.resume(owner.scope(), id));
  }

  @Operation(summary = "Cancel a job: what is still queued is not published")
  @ApiResponse(responseCode = "409", description = "The job has ended")
  @ApiResponse(responseCode = "200", description = "The cancelled job")
  @PostMapping("/api/publish-jobs/{id}/cancel")
  PublishJobView cancel(@PathVariable UUID id) {
    return PublishJobView.of(service.cancel(owner.scope(), id));
  }

  @Operation(
      summary = "Where a batch's articles are published",
      description = "One entry per article and site, with the post's id and link once known")
  @ApiResponse(responseCode = "200", description = "The batch's publications")
  @GetMapping("/api/publications/batches/{id}")
  List<ArticlePublication> ofBatch(@PathVariable UUID id) {
    return service.ofBatch(owner.scope(), id);
  }
}
