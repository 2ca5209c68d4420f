package com.bulkwriter.export.web;

import com.bulkwriter.export.internal.ExportRequest;
import com.bulkwriter.export.internal.ExportService;
import com.bulkwriter.security.CurrentOwner;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starting exports, their history, downloading (with byte ranges) and deleting them. */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports", description = "Finished articles as DOCX, Markdown, TXT and HTML in a ZIP")
@ApiResponse(responseCode = "404", description = "No such export (or not yours)")
class ExportController {

  private final ExportService service;
  private final CurrentOwner owner;

  ExportController(ExportService service, CurrentOwner owner) {
    this.service = service;
    this.owner = owner;
  }

  @Operation(
      summary = "Start an export",
      description =
          "Body: {\"batchIds\": [...], \"articleIds\": [...] (optional, else every finished"
              + " article), \"formats\": [\"docx\", \"md\", \"txt\", \"html\"], \"layout\":"
              + " \"by-format\" | \"by-article\", \"include\": \"finished\" (default) |"
              + " \"all\" (articles without a result are listed in the manifests too),"
              + " \"approvedOnly\": true (only approved articles get files; the others are listed"
              + " in the manifests with why they were left out), \"filter\": {\"status\","
              + " \"review\", \"search\"} (instead of articleIds: all articles of the batches"
              + " matching the batch page's filter)}. Built in"
              + " the background; follow it with GET, or live over /ws (/user/queue/exports).")
  @ApiResponse(responseCode = "202", description = "Accepted; Location is the export")
  @ApiResponse(
      responseCode = "400",
      description =
          "Unknown format, layout, batch or article, or nothing to export; `errors`"
              + " names each field. Nothing is created.")
  @ApiResponse(
      responseCode = "429",
      description =
          "The user has bulkwriter.export.max-active-per-user exports queued or running, or"
              + " their finished archives take bulkwriter.export.max-stored-per-user; `limit`"
              + " names it")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ExportView> start(@RequestBody ExportRequest request) {
    ExportView view = ExportView.of(service.start(owner.get(), owner.scope(), request));
    return ResponseEntity.accepted().location(URI.create("/api/exports/" + view.id())).body(view);
  }

  @Operation(summary = "Export history, newest first")
  @GetMapping
  PageOf<ExportView> exports(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return service.exports(owner.scope(), new PageRequest(page, size)).map(ExportView::of);
  }

  @Operation(summary = "One export: status, progress, size, checksum")
  @GetMapping("/{id}")
  ExportView export(@PathVariable UUID id) {
    return ExportView.of(service.export(owner.scope(), id));
  }

  @Operation(
      summary = "Download an export's ZIP",
      description =
          "Supports HTTP Range (`Range: bytes=0-1023` → 206 with Content-Range) to resume"
              + " downloads. The ETag is the archive's SHA-256.")
  @ApiResponse(responseCode = "200", description = "The ZIP")
  @ApiResponse(responseCode = "206", description = "The requested byte range")
  @ApiResponse(responseCode = "409", description = "The export has not succeeded (yet)")
  @GetMapping(
      path = "/{id}/download",
      produces = {"application/zip", "application/problem+json"})
  ResponseEntity<Resource> download(@PathVariable UUID id) {
    ExportService.Download download = service.download(owner.scope(), id);
    var export = download.export();
    Resource archive =
        new AbstractResource() {
          @Override
          public String getDescription() {
            return "export " + export.id();
          }

          @Override
          public boolean exists() {
            return true;
          }

          @Override
          public long contentLength() {
            return export.sizeBytes();
          }

          @Override
          public String getFilename() {
            return export.fileName();
          }

          @Override
          public InputStream getInputStream() {
            return download.open();
          }
        };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.ACCEPT_RANGES, "bytes")
        .eTag("\"" + export.sha256() + "\"")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(export.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(archive);
  }

  @Operation(summary = "Delete an export and its archive")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    service.delete(owner.scope(), id);
    return ResponseEntity.noContent().build();
  }
}
