package com.bulkwriter.queue.internal;

import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.support.sql.DatabaseOutage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Stores the results of several workers in one transaction (a group commit). The embedded database
 * writes every page a commit changed to its file before the commit returns, and with one commit per
 * article that was the largest part of the queue's cost at full speed; PostgreSQL waits for its
 * write-ahead log once per commit. Results that arrive while a commit is under way wait for it and
 * are stored together by the next one, so nothing waits longer than one commit, and a quiet queue
 * still commits each result at once.
 *
 * <p>Hand-written: the lock and the queue are all there is to it, and neither Spring nor the
 * drivers offer grouping across threads.
 */
@Component
class GroupCommit {

  /**
   * Most results in one transaction: keeps a transaction short when many workers finish at once.
   */
  static final int MAX_GROUP = 64;

  /** Stores touch rows in one order on every node, so two nodes' groups cannot deadlock. */
  private static final Comparator<Waiting> ROW_ORDER =
      Comparator.comparing(waiting -> waiting.result.article(), ClaimedArticle.ROW_ORDER);

  private final ArticleClaims claims;
  private final ReentrantLock committing = new ReentrantLock();
  private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();

  GroupCommit(ArticleClaims claims) {
    this.claims = claims;
  }

  /**
   * {@link ArticleClaims#succeed}, stored in the same transaction as the results of other workers
   * that finished meanwhile. Returns once the result's transaction has committed (or failed: the
   * failure is thrown here, as if the result had been stored alone).
   */
  boolean succeed(ClaimedArticle article, GeneratedArticle written, Instant now) {
    Waiting mine = new Waiting(new ArticleClaims.Result(article, written, now));
    waiting.add(mine);
    committing.lock();
    try {
      // the results are taken in the order they came, so this ends with the group holding mine
      while (!mine.done) {
        commitNextGroup();
      }
    } finally {
      committing.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.stored;
  }

  /** Results waiting for a commit to take them (tests watch it to line up a group). */
  int waiting() {
    return waiting.size();
  }

  /** Whether a commit is under way (tests watch it to line up a group). */
  boolean isCommitting() {
    return committing.isLocked();
  }

  private void commitNextGroup() {
    List<Waiting> group = new ArrayList<>();
    Waiting next;
    while (group.size() < MAX_GROUP && (next = waiting.poll()) != null) {
      group.add(next);
    }
    group.sort(ROW_ORDER);
    try {
      List<Boolean> stored = claims.succeedTogether(group.stream().map(w -> w.result).toList());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).stored(stored.get(i));
      }
    } catch (RuntimeException failure) {
      if (group.size() == 1 || DatabaseOutage.isOutage(failure)) {
        // each worker tries again while the database is away (UntilStored)
        group.forEach(each -> each.failed(failure));
      } else {
        // one result the database refuses must not cost the others theirs: each alone
        group.forEach(this::commitAlone);
      }
    }
  }

  private void commitAlone(Waiting alone) {
    try {
      alone.stored(claims.succeedTogether(List.of(alone.result)).getFirst());
    } catch (RuntimeException failure) {
      alone.failed(failure);
    }
  }

  /** A result waiting for its commit; read by its worker after the lock handed it over. */
  private static final class Waiting {
    private final ArticleClaims.Result result;
    private boolean done;
    private boolean stored;
    private RuntimeException failure;

    Waiting(ArticleClaims.Result result) {
      this.result = result;
    }

    void stored(boolean stored) {
      this.stored = stored;
      this.done = true;
    }

    void failed(RuntimeException failure) {
      this.failure = failure;
      this.done = true;
    }
  }
}
