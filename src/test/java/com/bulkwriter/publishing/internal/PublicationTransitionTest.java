package com.bulkwriter.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicationTransitionTest {

  @Test
  void onlyFinishedOrWaitingPublicationsCanBeTakenByANewJobAndOnlyRunningOnesFinish() {
    assertThat(PublicationTransition.REQUEUE.allows(PublicationState.RUNNING)).isFalse();
    assertThat(PublicationTransition.REQUEUE.fromNames())
        .containsExactly("CANCELLED", "FAILED", "GONE", "PUBLISHED", "QUEUED");
    for (PublicationTransition move :
        new PublicationTransition[] {
          PublicationTransition.SUCCEED,
          PublicationTransition.RETRY_LATER,
          PublicationTransition.THROTTLE,
          PublicationTransition.RESCUE,
          PublicationTransition.FAIL,
          PublicationTransition.VANISH
        }) {
      assertThat(move.fromNames()).as(move.name()).containsExactly("RUNNING");
    }
    assertThat(PublicationTransition.VANISH.to()).isEqualTo(PublicationState.GONE);
    assertThat(PublicationTransition.CANCEL.allows(PublicationState.RUNNING)).isFalse();
  }
}
