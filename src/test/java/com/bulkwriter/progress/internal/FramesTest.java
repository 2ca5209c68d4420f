package com.bulkwriter.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FramesTest {

  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final UUID batch = UUID.randomUUID();

  @Test
  void firstEventLeavesAloneAndTheFollowingOnesTogetherInOrder() {
    try (Frames frames =
        new Frames(300, 8_000, Clock.systemUTC(), (id, frame) -> sent.add(frame))) {
      frames.add(batch, 1, "{\"seq\":1}");
      await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 1);
      frames.add(batch, 3, "{\"seq\":3}");
      frames.add(batch, 2, "{\"seq\":2}");
      frames.add(batch, 4, "{\"seq\":4}");
      await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2);
    }
    assertThat(sent).containsExactly("[{\"seq\":1}]", "[{\"seq\":2},{\"seq\":3},{\"seq\":4}]");
  }

  @Test
  void aFrameNeverHoldsMoreThanItsLimitAndALargerEventGoesAlone() {
    String small = "{\"x\":\"" + "a".repeat(40) + "\"}"; // 48 bytes
    String large = "{\"x\":\"" + "é".repeat(100) + "\"}"; // 208 bytes in UTF-8, 108 chars
    try (Frames frames = new Frames(200, 120, Clock.systemUTC(), (id, frame) -> sent.add(frame))) {
      frames.add(batch, 1, small);
      await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 1);
      frames.add(batch, 2, small);
      frames.add(batch, 3, small);
      frames.add(batch, 4, large);
      frames.add(batch, 5, small);
      await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 4);
    }
    assertThat(sent)
        .containsExactly(
            "[" + small + "]",
            "[" + small + "," + small + "]",
            "[" + large + "]",
            "[" + small + "]");
  }

  @Test
  void batchesAreFramedSeparately() {
    UUID other = UUID.randomUUID();
    List<UUID> targets = new CopyOnWriteArrayList<>();
    try (Frames frames =
        new Frames(
            50,
            8_000,
            Clock.systemUTC(),
            (id, frame) -> {
              targets.add(id);
              sent.add(frame);
            })) {
      frames.add(batch, 1, "{\"a\":1}");
      frames.add(other, 1, "{\"b\":1}");
      await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2);
    }
    assertThat(targets).containsExactlyInAnyOrder(batch, other);
    assertThat(sent).containsExactlyInAnyOrder("[{\"a\":1}]", "[{\"b\":1}]");
  }

  @Test
  void closingSendsWhatIsWaitingAndASendFailureLosesOnlyThatFrame() {
    List<String> failedOnce = new CopyOnWriteArrayList<>();
    Frames frames =
        new Frames(
            200,
            8_000,
            Clock.systemUTC(),
            (id, frame) -> {
              if (failedOnce.isEmpty()) {
                failedOnce.add(frame);
                throw new IllegalStateException("broker stopped");
              }
              sent.add(frame);
            });
    frames.add(batch, 1, "{\"seq\":1}");
    await().atMost(Duration.ofSeconds(5)).until(() -> failedOnce.size() == 1);
    frames.add(batch, 2, "{\"seq\":2}");
    frames.close();
    assertThat(sent).containsExactly("[{\"seq\":2}]");
  }
}
