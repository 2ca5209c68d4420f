package com.bulkwriter.security.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * Keeps {@code bulkwriter.data-dir} private to the user the product runs as, on POSIX file systems:
 * the directory and every directory in it {@code 0700}, every file {@code 0600} — the embedded
 * database, the stored sessions (live session ids), the first admin password, exports. Before
 * anything is opened (the directory is created {@code 0700} if missing) and again once the node is
 * ready, when the database and session store exist. Files created later inside are out of other
 * users' reach through the directory, and are tightened at the next start.
 *
 * <p>Registered in {@code META-INF/spring.factories}, because it must run before the database.
 */
public class PrivateDataDirectory implements ApplicationListener<SpringApplicationEvent> {

  private static final Logger log = LoggerFactory.getLogger(PrivateDataDirectory.class);
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private Path dataDir;

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      dataDir =
          Path.of(prepared.getEnvironment().getProperty("bulkwriter.data-dir", "./data"))
              .toAbsolutePath()
              .normalize();
      tighten(dataDir, true);
    } else if (event instanceof ApplicationReadyEvent && dataDir != null) {
      tighten(dataDir, false);
    }
  }

  /** Makes {@code directory} (created if {@code create}) and everything in it private. */
  static void tighten(Path directory, boolean create) {
    if (!posix(directory)) {
      return;
    }
    if (!dedicated(directory)) {
      log.warn(
          "bulkwriter.data-dir is {}: give Bulkwriter a directory of its own; its permissions"
              + " are left as they are",
          directory);
      return;
    }
    try {
      if (create && !Files.exists(directory)) {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
      }
      if (!Files.isDirectory(directory)) {
        return;
      }
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                throws IOException {
              set(dir, DIRECTORY);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              if (attributes.isRegularFile()) {
                set(file, FILE);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              return FileVisitResult.CONTINUE; // a file removed while we walk is fine
            }
          });
    } catch (IOException | SecurityException e) {
      log.warn("Cannot make the data directory {} private: {}", directory, e.toString());
    }
  }

  private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }

  /** Never the root or the home directory, whose other files are none of our business. */
  private static boolean dedicated(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
    return absolute.getParent() != null && !absolute.equals(home);
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
