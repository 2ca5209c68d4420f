package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ManifestTest {

  @Test
  void bothManifestsCarryTheTokensAndCostTheProviderBilledForEachArticle() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter writer =
        new ArchiveWriter(out, "m", EnumSet.of(ExportFormat.MD), ExportLayout.BY_FORMAT, 6)) {
      writer.startBatch("Coffee");
      writer.add(SampleArticles.espresso());
      writer.finish();
    }
    var entries = com.bulkwriter.export.ExportClient.unzip(out.toByteArray());

    String csv = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().skip(1).findFirst().orElseThrow())
        .contains(",1250,0.001250,")
        .endsWith("Coffee/md/espresso-at-home.md,");
    JsonNode article = JsonMapper.builder().build().readTree(entries.get("manifest.json"));
    JsonNode first = article.get("articles").get(0);
    assertThat(first.get("tokens").longValue()).isEqualTo(1250);
    assertThat(first.get("cost").decimalValue()).isEqualByComparingTo("0.00125");
  }
}
