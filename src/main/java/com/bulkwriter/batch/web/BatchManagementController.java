package com.bulkwriter.batch.web;

import com.bulkwriter.batch.internal.Batch;
import com.bulkwriter.batch.internal.BatchDeletion;
import com.bulkwriter.batch.internal.BatchManagement;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.batch.internal.BatchSubmission;
import com.bulkwriter.security.CurrentOwner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Managing batches: rename, archive, delete, and read one back to submit it again. */
@RestController
@RequestMapping("/api/articles/queue")
@Tag(name = "Batches")
@ApiResponse(responseCode = "404", description = "No such batch (or it is being deleted)")
class BatchManagementController {

  private final BatchManagement management;
  private final BatchService batches;
  private final Engines engines;
  private final CurrentOwner owner;

  BatchManagementController(
      BatchManagement management, BatchService batches, Engines engines, CurrentOwner owner) {
    this.management = management;
    this.batches = batches;
    this.engines = engines;
    this.owner = owner;
  }

  private BatchView view(Batch batch) {
    return BatchView.of(
        batch, batches.counts(batch), engines.of(batch.settings().provider()), null);
  }

  /** The body of a rename. */
  record Rename(@Schema(description = "the new name, 1 to 200 characters") String name) {}

  @Operation(summary = "Rename the batch")
  @ApiResponse(
      responseCode = "400",
      description = "The name is blank, too long or has control characters; `errors` names it")
  @PatchMapping("/{id}")
  BatchView rename(@PathVariable UUID id, @RequestBody Rename body) {
    return view(management.rename(owner.scope(), id, body == null ? null : body.name()));
  }

  @Operation(
      summary = "Archive the batch",
      description =
          "Hides it from the default list (`archived=true` lists it); it keeps running, exporting"
              + " and answering. Archiving an archived batch changes nothing.")
  @PostMapping("/{id}/archive")
  BatchView archive(@PathVariable UUID id) {
    return view(management.archive(owner.scope(), id));
  }

  @Operation(summary = "Bring an archived batch back into the default list")
  @PostMapping("/{id}/unarchive")
  BatchView unarchive(@PathVariable UUID id) {
    return view(management.unarchive(owner.scope(), id));
  }

  @Operation(
      summary = "Delete the batch with its articles",
      description =
          "A running or paused batch is cancelled first. The batch disappears at once (every"
              + " read answers 404) and its articles are removed in the background in chunks; GET"
              + " /api/articles/queue/deletions follows that. Exports already built are kept.")
  @ApiResponse(responseCode = "202", description = "Deleting; the batch is gone for its readers")
  @ApiResponse(
      responseCode = "409",
      description = "The batch kept changing state while it was being deleted; try again")
  @DeleteMapping("/{id}")
  ResponseEntity<BatchDeletion> delete(@PathVariable UUID id) {
    return ResponseEntity.accepted().body(management.delete(owner.scope(), id));
  }

  @Operation(
      summary = "Batches still being deleted",
      description = "With the articles each has left to remove; an admin sees every user's.")
  @GetMapping("/deletions")
  List<BatchDeletion> deletions() {
    return management.deletions(owner.scope());
  }

  @Operation(
      summary = "The batch as it was submitted",
      description =
          "Name, settings and every row with its overrides, in the shape of POST"
              + " /api/articles/bulk's JSON body: send it back (with another name) to write the"
              + " same batch again.")
  @GetMapping("/{id}/submission")
  BatchSubmission submission(@PathVariable UUID id) {
    return management.submission(owner.scope(), id);
  }
}
