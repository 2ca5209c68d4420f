package com.bulkwriter.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueuePropertiesTest {

  @Test
  void unsetPropertiesGetDefaultsForTheEmbeddedSingleNodeSetup() {
    QueueProperties properties = unset();

    assertThat(properties.enabled()).isTrue();
    assertThat(properties.maxInFlight()).isEqualTo(16);
    assertThat(properties.pollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(properties.leaseDuration()).isEqualTo(Duration.ofSeconds(15));
    assertThat(properties.heartbeatInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(properties.rescueInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(properties.completionInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(properties.maxAttempts()).isEqualTo(5);
    assertThat(properties.backoffBase()).isEqualTo(Duration.ofSeconds(2));
    assertThat(properties.backoffMax()).isEqualTo(Duration.ofMinutes(5));
    assertThat(properties.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theDefaultNodeIdIsTheHostWithARandomSuffixUniquePerInstance() {
    String first = unset().nodeId();
    String second = unset().nodeId();

    assertThat(first).matches(".+-[0-9a-f]{8}");
    assertThat(second).matches(".+-[0-9a-f]{8}");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aBlankNodeIdGetsTheDefault() {
    QueueProperties properties =
        new QueueProperties(null, "  ", null, null, null, null, null, null, null, null, null, null);

    assertThat(properties.nodeId()).isNotBlank().matches(".+-[0-9a-f]{8}");
  }

  @Test
  void givenValuesAreKept() {
    QueueProperties properties =
        new QueueProperties(
            false,
            "worker-a",
            4,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            Duration.ofSeconds(7),
            Duration.ofSeconds(2),
            3,
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            Duration.ofSeconds(20));

    assertThat(properties)
        .extracting(
            QueueProperties::enabled,
            QueueProperties::nodeId,
            QueueProperties::maxInFlight,
            QueueProperties::pollInterval,
            QueueProperties::leaseDuration,
            QueueProperties::heartbeatInterval,
            QueueProperties::rescueInterval,
            QueueProperties::completionInterval,
            QueueProperties::maxAttempts,
            QueueProperties::backoffBase,
            QueueProperties::backoffMax,
            QueueProperties::shutdownGrace)
        .containsExactly(
            false,
            "worker-a",
            4,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(5),
            Duration.ofSeconds(7),
            Duration.ofSeconds(2),
            3,
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            Duration.ofSeconds(20));
  }

  @Test
  void maxInFlightMustBeAtLeastOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withCounts(0, null))
        .withMessageContaining("max-in-flight");
    assertThatIllegalArgumentException().isThrownBy(() -> withCounts(-3, null));
    assertThat(withCounts(1, null).maxInFlight()).isEqualTo(1);
  }

  @Test
  void maxAttemptsMustBeAtLeastOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withCounts(null, 0))
        .withMessageContaining("max-attempts");
    assertThat(withCounts(null, 1).maxAttempts()).isEqualTo(1);
  }

  @Test
  void theHeartbeatMustComeBeforeTheLeaseExpires() {
    String message = "bulkwriter.queue.heartbeat-interval must be shorter than lease-duration";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withTimes(Duration.ofSeconds(30), Duration.ofSeconds(30)))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withTimes(Duration.ofSeconds(30), Duration.ofSeconds(45)))
        .withMessage(message);
    assertThat(withTimes(Duration.ofSeconds(30), Duration.ofSeconds(29)).heartbeatInterval())
        .isEqualTo(Duration.ofSeconds(29));
  }

  @Test
  void aShortLeaseWithTheDefaultHeartbeatIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withTimes(Duration.ofSeconds(2), null))
        .withMessageContaining("heartbeat-interval");
  }

  private static QueueProperties unset() {
    return new QueueProperties(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static QueueProperties withCounts(Integer maxInFlight, Integer maxAttempts) {
    return new QueueProperties(
        null, "n", maxInFlight, null, null, null, null, null, maxAttempts, null, null, null);
  }

  private static QueueProperties withTimes(Duration lease, Duration heartbeat) {
    return new QueueProperties(
        null, "n", null, null, lease, heartbeat, null, null, null, null, null, null);
  }
}
