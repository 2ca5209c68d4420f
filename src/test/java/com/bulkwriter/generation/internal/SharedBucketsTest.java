package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.TestApplication;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** On PostgreSQL, every node draws on one rate-limit budget per provider. */
class SharedBucketsTest {

  @Test
  void twoNodesOnOnePostgresqlShareTheRequestsPerMinuteInsteadOfEachUsingAllOfIt() {
    try (var context =
        TestApplication.start(
            DatabaseUnderTest.POSTGRESQL.properties(),
            Map.of("bulkwriter.queue.enabled", "false"))) {
      DataSource dataSource = context.getBean(DataSource.class);
      ProviderGate nodeA = gate(Buckets.postgresql(dataSource));
      ProviderGate nodeB = gate(Buckets.postgresql(dataSource));

      nodeA.admit(100).succeeded(100);

      assertThatThrownBy(() -> nodeB.admit(100))
          .isInstanceOfSatisfying(
              GenerationFailure.class,
              f -> assertThat(f.kind()).isEqualTo(GenerationFailure.Kind.RATE_LIMITED));
    }
  }

  private static ProviderGate gate(Buckets buckets) {
    var settings =
        new OpenAiProperties(
            URI.create("http://shared.example/v1"),
            "key",
            "gpt-4o-mini",
            null,
            2, // one request every 30 s
            100_000,
            4,
            Duration.ofSeconds(10));
    var properties =
        new GenerationProperties(Duration.ofMillis(100), null, null, null, null, null, null, null);
    return new ProviderGate(settings, "openai", buckets, properties, Clock.systemUTC());
  }
}
