package com.bulkwriter.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;

class UntilStoredTest {

  private final UntilStored untilStored =
      new UntilStored(Duration.ofMillis(1), Duration.ofMillis(4));

  @Test
  void aWriteIsTriedAgainUntilTheDatabaseIsBack() {
    AtomicInteger tries = new AtomicInteger();

    boolean stored =
        untilStored.write(
            "an answer",
            () -> {
              if (tries.incrementAndGet() < 5) {
                throw new TransientDataAccessResourceException(
                    "pool", new SQLTransientConnectionException("Connection is not available"));
              }
              return true;
            });

    assertThat(stored).isTrue();
    assertThat(tries).hasValue(5);
  }

  @Test
  void aWriteThatIsWrongFailsAtOnce() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(
            () ->
                untilStored.write(
                    "an answer",
                    () -> {
                      tries.incrementAndGet();
                      throw new DataIntegrityViolationException("value too long");
                    }))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(tries).hasValue(1);
  }

  @Test
  void stoppingTheNodeEndsTheWaiting() throws InterruptedException {
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread writer =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    untilStored.write(
                        "an answer",
                        () -> {
                          throw new TransientDataAccessResourceException("database away");
                        });
                  } catch (RuntimeException e) {
                    ended.set(e);
                  }
                });
    Thread.sleep(20);

    writer.interrupt();
    writer.join(Duration.ofSeconds(5));

    assertThat(ended.get()).isInstanceOf(UntilStored.Abandoned.class);
  }
}
