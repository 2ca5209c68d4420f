package com.bulkwriter.linking.internal;

import com.bulkwriter.batch.BatchChanged;
import com.bulkwriter.batch.BatchStatus;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links a batch once it is written (completed), when its settings say so. The work runs on a thread
 * of its own, one batch at a time, so that the queue's completion check never waits for it.
 */
@Component
class AutoLinker implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AutoLinker.class);

  private final BatchLinker linker;
  private final BatchLinkSettings settings;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("auto-linker").factory());

  AutoLinker(BatchLinker linker, BatchLinkSettings settings) {
    this.linker = linker;
    this.settings = settings;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(BatchChanged changed) {
    if (changed.status() != BatchStatus.COMPLETED
        || !settings.of(changed.batchId()).settings().automatic()) {
      return;
    }
    worker.execute(
        () -> {
          try {
            linker.link(null, changed.batchId(), null, null);
          } catch (RuntimeException e) {
            log.warn("Linking batch {} failed: {}", changed.batchId(), e.toString());
          }
        });
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
