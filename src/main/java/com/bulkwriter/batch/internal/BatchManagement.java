package com.bulkwriter.batch.internal;

import com.bulkwriter.batch.BatchStatus;
import com.bulkwriter.batch.SettingValues;
import com.bulkwriter.support.ConflictException;
import com.bulkwriter.support.InputError;
import com.bulkwriter.support.InvalidInputException;
import com.bulkwriter.support.NotFoundException;
import com.bulkwriter.support.PageOf;
import com.bulkwriter.support.PageRequest;
import com.bulkwriter.support.UserText;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What users do to manage their batches: find them (search, filters, order), rename, archive and
 * unarchive, delete (in the background, see {@link BatchPurger}) and read one back as it was
 * submitted. Owner-scoped like {@link BatchService}: {@code scope} is the user's name, or {@code
 * null} for an admin.
 */
@Service
public class BatchManagement {

  private final BatchService batches;
  private final BatchCatalog catalog;
  private final ManagedBatches managed;
  private final BatchPurger purger;
  private final TransactionTemplate transactions;
  private final Clock clock;

  BatchManagement(
      BatchService batches,
      BatchCatalog catalog,
      ManagedBatches managed,
      BatchPurger purger,
      TransactionTemplate transactions,
      Clock clock) {
    this.batches = batches;
    this.catalog = catalog;
    this.managed = managed;
    this.purger = purger;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** One page of the batches {@code scope} may see that match {@code query}. */
  public PageOf<Batch> list(String scope, BatchQuery query, PageRequest page) {
    if (scope != null && query.owner() != null && !query.owner().equals(scope)) {
      throw new InvalidInputException(
          "Only an admin can list other users' batches.",
          List.of(InputError.field("owner", "only an admin may name another owner")));
    }
    return catalog.page(scope, query, page);
  }

  /** Gives the batch a new name (1 to 200 characters, no control characters). */
  public Batch rename(String scope, UUID id, String name) {
    String stripped = name == null ? "" : UserText.strip(name);
    String problem = UserText.controlCharacterProblem(stripped, false);
    if (problem == null && stripped.isEmpty()) {
      problem = "is blank; a batch needs a name";
    } else if (problem == null && stripped.length() > SettingValues.MAX_NAME_LENGTH) {
      problem =
          "is %d characters long; at most %d"
              .formatted(stripped.length(), SettingValues.MAX_NAME_LENGTH);
    }
    if (problem != null) {
      throw new InvalidInputException(
          "The new name is not valid: " + problem, List.of(InputError.field("name", problem)));
    }
    if (!managed.rename(scope, id, stripped)) {
      throw notFound(id);
    }
    return batches.batch(scope, id);
  }

  /** Hides the batch from the default list; it keeps running, exporting and answering. */
  public Batch archive(String scope, UUID id) {
    Batch batch = batches.batch(scope, id);
    managed.archive(scope, id, clock.instant());
    return batch.archivedAt() == null ? batches.batch(scope, id) : batch;
  }

  public Batch unarchive(String scope, UUID id) {
    batches.batch(scope, id);
    managed.unarchive(scope, id);
    return batches.batch(scope, id);
  }

  /**
   * Deletes the batch with everything it owns: a running or paused batch is cancelled first, then
   * the batch is marked, which hides it at once and keeps the queue off it; {@link BatchPurger}
   * removes its articles in chunks in the background, on whichever node gets to it first.
   */
  public BatchDeletion delete(String scope, UUID id) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Batch batch = batches.batch(scope, id);
      if (batch.status() == BatchStatus.RUNNING || batch.status() == BatchStatus.PAUSED) {
        try {
          batches.cancel(scope, id);
        } catch (ConflictException completedMeanwhile) {
          // it finished while we looked: nothing to cancel, mark it as it is
        }
      }
      var now = clock.instant();
      if (Boolean.TRUE.equals(transactions.execute(tx -> managed.markDeleting(id, now)))) {
        purger.nudge();
        return new BatchDeletion(
            id, batch.name(), batch.owner(), batch.total(), batch.total(), now);
      }
    }
    throw new ConflictException(
        "Batch " + id + " kept changing while it was being deleted; try again");
  }

  /** The batches of {@code scope} still being deleted, with how many articles are left. */
  public List<BatchDeletion> deletions(String scope) {
    return managed.deletions(scope);
  }

  /** The batch as it was submitted: name, settings and every row with its overrides. */
  public BatchSubmission submission(String scope, UUID id) {
    Batch batch = batches.batch(scope, id);
    return new BatchSubmission(batch.name(), batch.settings(), managed.items(id));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("No batch " + id);
  }
}
