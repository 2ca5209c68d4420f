package com.bulkwriter.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDataDirectoryTest {

  @TempDir Path temp;

  @Test
  void aMissingDirectoryIsCreatedPrivateAndNestedFilesAreTightened() throws IOException {
    Path dataDir = temp.resolve("data");
    PrivateDataDirectory.tighten(dataDir, true);
    assertThat(mode(dataDir)).isEqualTo("rwx------");

    Files.createDirectories(dataDir.resolve("exports/2026"));
    Path zip = Files.writeString(dataDir.resolve("exports/2026/a.zip"), "zip");
    Files.setPosixFilePermissions(zip, PosixFilePermissions.fromString("rw-rw-rw-"));
    PrivateDataDirectory.tighten(dataDir, false);
    assertThat(mode(dataDir.resolve("exports/2026"))).isEqualTo("rwx------");
    assertThat(mode(zip)).isEqualTo("rw-------");
  }

  @Test
  void theHomeDirectoryIsNeverTouched() throws IOException {
    String home = System.getProperty("user.home");
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    System.setProperty("user.home", temp.toString());
    try {
      PrivateDataDirectory.tighten(temp, true);
    } finally {
      System.setProperty("user.home", home);
    }
    assertThat(mode(temp)).isEqualTo("rwxr-xr-x");
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
