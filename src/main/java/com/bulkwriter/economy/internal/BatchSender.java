package com.bulkwriter.economy.internal;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.queue.LeasedArticle;
import com.bulkwriter.queue.LongLeases;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends provider batches, never twice: the intent and its articles are stored first; the request
 * file is written line by line to disk; before an upload or a create is sent it is marked as sent,
 * and a provider batch marked so is looked up (file by name, batch by metadata, or for providers
 * without metadata by what the intent determines: see {@link BatchApi#findBatch}) before anything
 * is sent again; every id the provider hands out is stored at once.
 */
@Component
class BatchSender {

  private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

  private final ProviderBatches batches;
  private final LongLeases leases;
  private final ArticleSpecs specs;
  private final EconomyProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BatchSender(
      ProviderBatches batches,
      LongLeases leases,
      ArticleSpecs specs,
      EconomyProperties properties,
      TransactionTemplate transactions,
      Clock clock) {
    this.batches = batches;
    this.leases = leases;
    this.specs = specs;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Stores the intent of a provider batch with up to {@code max-requests} ready articles of the
   * batch, leased to {@code node}, in one transaction; empty when none is ready.
   */
  Optional<ProviderBatch> prepare(UUID batchId, String node) {
    UUID id = UUID.randomUUID();
    UUID token = UUID.randomUUID();
    Instant now = clock.instant();
    return transactions.execute(
        tx -> {
          List<LeasedArticle> claimed =
              leases.claim(
                  batchId, specs.largestBatch(properties), id, now.plus(properties.articleLease()));
          if (claimed.isEmpty()) {
            return Optional.<ProviderBatch>empty();
          }
          String provider = specs.of(claimed.getFirst()).provider();
          batches.insert(
              id, batchId, provider, node, token, now, now.plus(properties.leaseDuration()));
          batches.setRequests(id, claimed.size(), 0, now);
          return batches.claimed(token);
        });
  }

  /**
   * Takes a prepared or uploaded provider batch as far as it goes: uploaded, then created (or
   * created at once, for providers that take the requests in the create).
   */
  void send(ProviderBatch batch) {
    BatchApi api = specs.api(batch.provider());
    ProviderBatch current = batch;
    if (current.state() == ProviderBatchState.PREPARED) {
      if (leases.heldCount(current.id()) == 0) {
        batches.move(current, ProviderBatchState.DONE, "Nothing left to send", clock.instant());
        return;
      }
      if (!api.uploadsFiles()) {
        create(current, api);
        return;
      }
      upload(current, api);
      current = batches.claimed(batch.leaseToken()).orElseThrow();
    }
    if (current.state() == ProviderBatchState.UPLOADED) {
      create(current, api);
    }
  }

  private void upload(ProviderBatch batch, BatchApi api) {
    if (batch.uploadSent()) {
      Optional<String> found = api.findFile(batch.fileName());
      if (found.isPresent()) {
        log.info(
            "Provider batch {}: found its file {} from an earlier upload", batch.id(), found.get());
        batches.storeFile(batch.id(), found.get(), clock.instant());
        return;
      }
    }
    Path file = write(batch, api);
    if (file == null) {
      return;
    }
    try {
      renew(batch);
      batches.markUploadSent(batch, clock.instant());
      String fileId = api.upload(file, batch.fileName());
      batches.storeFile(batch.id(), fileId, clock.instant());
    } finally {
      delete(file);
    }
  }

  private void create(ProviderBatch batch, BatchApi api) {
    String intent = batch.id().toString();
    if (batch.createSent()) {
      BatchApi.SentBatch sent =
          new BatchApi.SentBatch(
              intent,
              batch.requests(),
              batch.createdAt(),
              remoteId -> batches.remoteTaken(batch.provider(), remoteId, batch.id()));
      Optional<String> found = api.findBatch(sent);
      if (found.isPresent()) {
        log.info("Provider batch {}: found {} from an earlier create", batch.id(), found.get());
        batches.storeRemote(batch.id(), found.get(), clock.instant());
        return;
      }
    }
    // providers without files take the request lines in the create itself
    Path file = api.uploadsFiles() ? null : write(batch, api);
    if (!api.uploadsFiles() && file == null) {
      return;
    }
    try {
      renew(batch);
      batches.markCreateSent(batch, clock.instant());
      String remoteId = api.create(batch.fileId(), file, intent);
      batches.storeRemote(batch.id(), remoteId, clock.instant());
      log.info("Provider batch {} sent as {}", batch.id(), remoteId);
    } finally {
      if (file != null) {
        delete(file);
      }
    }
  }

  /**
   * Writes the requests of the articles the provider batch holds, a line each (a long article's
   * outline, or each of its missing sections), straight to disk; articles past the provider's
   * limits (as lowered by {@code max-requests} and {@code max-bytes}) go back to the queue for the
   * next provider batch, whole: only an article whose sections alone are past them goes with as
   * many as fit. A long article whose every step is saved already is stored at once.
   */
  private Path write(ProviderBatch batch, BatchApi api) {
    Path file = properties.spoolDirectory().resolve(batch.fileName());
    BatchApi.Limits limits = properties.limits(api.limits());
    int requests = 0;
    long bytes = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LeasedArticle article : leases.held(batch.id())) {
        ArticleSpec spec = specs.of(article);
        List<BatchApi.StepRequest> lines =
            api.requests(article.id(), spec, step -> CustomIds.of(article.id(), batch.id(), step));
        if (lines.isEmpty()) {
          storeAssembled(article, api, spec);
          continue;
        }
        int fitting = 0;
        long size = 0;
        for (BatchApi.StepRequest line : lines) {
          long next = line.line().getBytes(StandardCharsets.UTF_8).length + 1L;
          if (requests + fitting >= limits.requests() || bytes + size + next > limits.bytes()) {
            break;
          }
          fitting++;
          size += next;
        }
        // an article goes whole into one provider batch, unless it could never fit into one
        boolean couldFit = lines.size() <= limits.requests();
        if (fitting == 0 || (fitting < lines.size() && couldFit && requests > 0)) {
          leases.handBack(article, "Waiting for the next provider batch (this one is full)");
          continue;
        }
        for (BatchApi.StepRequest line : lines.subList(0, fitting)) {
          out.write(line.line());
          out.write('\n');
        }
        requests += fitting;
        bytes += size;
      }
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("Could not write the requests of " + batch.id(), e);
    }
    batches.setRequests(batch.id(), requests, bytes, clock.instant());
    if (requests == 0) {
      // every article it held went back to the queue or was stored: nothing to send
      delete(file);
      batches.move(batch, ProviderBatchState.DONE, "Nothing left to send", clock.instant());
      return null;
    }
    return file;
  }

  /** Every step of a long article was saved by an earlier provider batch: stores it now. */
  private void storeAssembled(LeasedArticle article, BatchApi api, ArticleSpec spec) {
    Optional<GeneratedArticle> assembled = api.assemble(article.id(), spec);
    if (assembled.isPresent()) {
      leases.store(article, assembled.get());
    } else {
      leases.handBack(article, "Nothing to request for it; back in the queue");
    }
  }

  private void renew(ProviderBatch batch) {
    batches.renew(batch, clock.instant().plus(properties.leaseDuration()));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete the request file {}", file, e);
    }
  }
}
