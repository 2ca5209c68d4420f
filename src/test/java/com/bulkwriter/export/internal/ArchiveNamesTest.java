package com.bulkwriter.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "../../etc/passwd          => etc-passwd",
        "..\\\\..\\\\Windows\\\\system32 => Windows-system32",
        "C:\\\\Users\\\\me          => C-Users-me",
        "/absolute/path            => absolute-path",
        "CON                       => _CON",
        "lpt1.txt                  => _lpt1.txt",
        "'  .hidden. '             => hidden",
        "'name with trailing dot.' => name with trailing dot",
        "a<b>c:d\"e|f?g*h          => a-b-c-d-e-f-g-h",
        "Café Crème brûlée         => Cafe Creme brulee",
        "Straße & Œuvre            => Strasse-OEuvre",
        "Привет мир                => Привет мир",
        "東京 ガイド                => 東京 ガイド",
        "हिन्दी लेख                  => हिन्दी लेख",
        "'...'                     => fallback",
      })
  void namesAreSafeEverywhereAndReadable(String text, String expected) {
    assertThat(ArchiveNames.safe(text, "fallback")).isEqualTo(expected);
  }

  @Test
  void controlCharactersAndLengthAreTamed() {
    assertThat(ArchiveNames.safe("tab\there\u0000nul", "x")).isEqualTo("tab here-nul");
    String longName = ArchiveNames.safe("word ".repeat(40), "x");
    assertThat(longName.length()).isLessThanOrEqualTo(ArchiveNames.MAX_LENGTH);
    assertThat(longName).doesNotEndWith(" ");
    String emoji = ArchiveNames.safe("😀".repeat(70), "x");
    assertThat(emoji.codePointCount(0, emoji.length()))
        .isLessThanOrEqualTo(ArchiveNames.MAX_LENGTH);
  }

  @Test
  void collisionsGetSuffixesIgnoringCaseAndManifestNamesAreTaken() {
    ArchiveNames names = new ArchiveNames("manifest.csv");
    assertThat(names.unique("b", "guide", "x")).isEqualTo("guide");
    assertThat(names.unique("b", "Guide", "x")).isEqualTo("Guide-2");
    assertThat(names.unique("b", "guide", "x")).isEqualTo("guide-3");
    assertThat(names.unique("other", "guide", "x")).isEqualTo("guide");
    assertThat(names.unique("", "manifest.csv", "x")).isEqualTo("manifest.csv-2");
    String longName = "l".repeat(80);
    names.unique("b", longName, "x");
    assertThat(names.unique("b", longName, "x")).hasSize(ArchiveNames.MAX_LENGTH).endsWith("-2");
  }

  @Test
  void noEntryOfAHostileArticleEscapesTheArchive() throws IOException {
    var hostile = SampleArticles.article("x", "x", "../../../../tmp/evil", "# Evil\n\nText.");
    var twin = SampleArticles.article("y", "y", "..\\..\\tmp\\EVIL", "# Twin\n\nText.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArchiveWriter writer =
        new ArchiveWriter(out, "e", EnumSet.of(ExportFormat.TXT), ExportLayout.BY_ARTICLE, 6)) {
      writer.startBatch("../../batch");
      writer.add(hostile);
      writer.add(twin);
      writer.finish();
    }
    var entries = com.bulkwriter.export.ExportClient.unzip(out.toByteArray()).keySet();
    assertThat(entries)
        .containsExactly(
            "batch/tmp-evil/tmp-evil.txt",
            "batch/tmp-EVIL-2/tmp-EVIL-2.txt",
            "manifest.csv",
            "manifest.json");
    Path root = Path.of("/extract").toAbsolutePath();
    for (String entry : entries) {
      assertThat(root.resolve(entry).normalize().startsWith(root)).as(entry).isTrue();
    }
  }
}
