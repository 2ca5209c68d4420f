package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.internal.LlmProviderTest.Wire;
import com.bulkwriter.support.DatabaseUnderTest;
import com.bulkwriter.support.LlmSimulator;
import com.bulkwriter.support.TestApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

  @Test
  void twoNodesThatLearnTheSameAnnouncedLimitShareItWithoutA429() throws Exception {
    // 600 a minute, enforced as 10 a second; each node alone would send 9.8 a second
    try (LlmSimulator simulator = LlmSimulator.start("sk-test-secret", 600, 10_000_000);
        var context =
            TestApplication.start(
                DatabaseUnderTest.POSTGRESQL.properties(),
                Map.of("bulkwriter.queue.enabled", "false"))) {
      DataSource dataSource = context.getBean(DataSource.class);
      List<LlmProvider> nodes =
          List.of(provider(simulator, dataSource), provider(simulator, dataSource));

      ProviderPaceTest.runAtOnce(nodes, 60, "shared");

      assertThat(simulator.rateLimited()).isZero();
      assertThat(simulator.requests()).isEqualTo(60);
    }
  }

  @Test
  void aDatabaseBlipWhileAccountingAPaidAnswerIsLoggedNotThrown() {
    try (var context =
        TestApplication.start(
            DatabaseUnderTest.POSTGRESQL.properties(),
            Map.of("bulkwriter.queue.enabled", "false"))) {
      HikariDataSource dataSource = (HikariDataSource) context.getBean(DataSource.class);
      ProviderGate gate = gate(Buckets.postgresql(dataSource));
      ProviderGate.Permit permit = gate.admit(100);
      dataSource.close(); // the shared buckets are out of reach

      // the answer used more than its estimate: the correction would go to the database
      assertThatCode(() -> permit.succeeded(5_000)).doesNotThrowAnyException();
    }
  }

  private static LlmProvider provider(LlmSimulator simulator, DataSource dataSource) {
    var fixture =
        new LlmProviderTest.ProviderSettingsFixture(Wire.OPENAI, simulator, 0, 0, Map.of());
    var gate =
        new ProviderGate(
            fixture.settings,
            "openai",
            Buckets.postgresql(dataSource),
            fixture.properties,
            Clock.systemUTC());
    return new LlmProvider(
        new com.bulkwriter.generation.ProviderInfo(
            "openai", "openai", false, fixture.settings.allModels()),
        fixture.settings,
        fixture.protocol,
        new ChatClient(HttpClient.newHttpClient(), Clock.systemUTC()),
        gate,
        fixture.properties,
        null);
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
        new GenerationProperties(
            Duration.ofMillis(100), null, null, null, null, null, null, null, null);
    return new ProviderGate(settings, "openai", buckets, properties, Clock.systemUTC());
  }
}
