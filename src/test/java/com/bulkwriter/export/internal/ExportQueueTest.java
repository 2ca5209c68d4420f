package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportQueueTest {

  private final ExportQueue queue = new ExportQueue(2, 1);

  private UUID add(String owner) {
    UUID id = UUID.randomUUID();
    queue.add(owner, id);
    return id;
  }

  @Test
  void oneUsersBacklogLeavesTheOtherSlotToAnotherUser() {
    UUID first = add("heavy");
    add("heavy");
    add("heavy");

    assertThat(queue.next()).isEqualTo(new ExportQueue.Job("heavy", first));
    assertThat(queue.next()).isNull(); // heavy may run one at a time; the second slot stays free
    UUID light = add("light");
    assertThat(queue.next()).isEqualTo(new ExportQueue.Job("light", light));
    assertThat(queue.next()).isNull(); // every slot is busy
  }

  @Test
  void ownersTakeTurnsWhenASlotFrees() {
    ExportQueue wide = new ExportQueue(1, 5);
    UUID a1 = UUID.randomUUID();
    UUID a2 = UUID.randomUUID();
    UUID b1 = UUID.randomUUID();
    wide.add("a", a1);
    wide.add("a", a2);
    wide.add("b", b1);

    assertThat(wide.next().id()).isEqualTo(a1);
    wide.finished("a");
    assertThat(wide.next().id()).isEqualTo(b1);
    wide.finished("b");
    assertThat(wide.next().id()).isEqualTo(a2);
    wide.finished("a");
    assertThat(wide.next()).isNull();
  }

  @Test
  void aRemovedExportNeverStartsAndWaitingOnesAreListed() {
    UUID running = add("a");
    UUID gone = add("b");
    UUID kept = add("c");
    assertThat(queue.next().id()).isEqualTo(running);

    queue.remove(gone);

    assertThat(queue.waiting()).containsExactly(kept);
    assertThat(queue.next().id()).isEqualTo(kept);
  }
}
