package com.bulkwriter.export.internal;

import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.TooManyRequestsException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** What users do with exports: start one, follow it, download it, delete it. */
@Service
public class ExportService {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC);

  private final ExportPlanner planner;
  private final Exports exports;
  private final ArchiveStore store;
  private final ExportRunner runner;
  private final ExportProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ExportService(
      ExportPlanner planner,
      Exports exports,
      ArchiveStore store,
      ExportRunner runner,
      ExportProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.planner = planner;
    this.exports = exports;
    this.store = store;
    this.runner = runner;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Validates the request against what {@code scope} may read (null: an admin, everything), stores
   * the export as QUEUED, owned by {@code owner}, and starts building it in the background.
   */
  public Export start(String owner, String scope, ExportRequest request) {
    ExportPlanner.Plan plan = planner.plan(scope, request);
    checkLimits(owner);
    Instant now = clock.instant();
    String name = plan.batches().size() == 1 ? plan.batches().getFirst().name() : "bulkwriter";
    Export export =
        new Export(
            UUID.randomUUID(),
            owner,
            ExportStatus.QUEUED,
            plan.formats().stream().toList(),
            plan.layout(),
            plan.batches(),
            plan.articleIds() != null,
            plan.allArticles(),
            ArchiveNames.safe(name, "bulkwriter") + "-" + STAMP.format(now) + ".zip",
            plan.total(),
            0,
            null,
            null,
            (int) properties.chunkSize().toBytes(),
            null,
            now,
            null,
            null,
            now.plus(properties.expiry()));
    exports.insert(export, plan.articleIds(), plan.approvedOnly());
    events.publishEvent(export.changed(ExportStatus.QUEUED, 0, null, null, now));
    runner.submit(export);
    return export;
  }

  /**
   * Refuses (429, naming the setting) a new export of a user who has as many queued or running as
   * allowed, or whose finished archives already take all the space allowed. Two requests racing
   * each other may together go over by one; the limits guard resources, not an invariant.
   */
  private void checkLimits(String owner) {
    Exports.Usage usage = exports.usage(owner);
    if (usage.active() >= properties.maxActivePerUser()) {
      throw new TooManyRequestsException(
          "bulkwriter.export.max-active-per-user",
          "You have %d exports queued or running, the limit; wait for one to finish or delete one"
              .formatted(usage.active()));
    }
    long maxStored = properties.maxStoredPerUser().toBytes();
    if (usage.storedBytes() >= maxStored) {
      throw new TooManyRequestsException(
          "bulkwriter.export.max-stored-per-user",
          "Your finished exports take %d MB, the limit is %d MB; delete some (they also expire on their own)"
              .formatted(usage.storedBytes() / 1_000_000, maxStored / 1_000_000));
    }
  }

  public Export export(String owner, UUID id) {
    return exports.find(owner, id).orElseThrow(() -> new NotFoundException("No export " + id));
  }

  public PageOf<Export> exports(String owner, PageRequest page) {
    return exports.page(owner, page);
  }

  /** Removes the export and its archive; a running one stops at its next progress update. */
  public void delete(String owner, UUID id) {
    if (!exports.delete(owner, id)) {
      throw new NotFoundException("No export " + id);
    }
  }

  /** The finished export and a way to read its archive; 409 while it is not finished. */
  public Download download(String owner, UUID id) {
    Export export = export(owner, id);
    if (export.status() != ExportStatus.SUCCEEDED) {
      throw new ConflictException(
          "Export %s is %s; it can be downloaded once it has succeeded"
              .formatted(id, export.status().name().toLowerCase()));
    }
    return new Download(export, this);
  }

  /** A finished export's archive, opened on demand (once per requested range). */
  public record Download(Export export, ExportService service) {
    public InputStream open() {
      return service.store.open(export.id(), export.sizeBytes(), export.chunkSize());
    }
  }
}
