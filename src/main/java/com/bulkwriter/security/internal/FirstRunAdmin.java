package com.bulkwriter.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation can be signed in to, without a default password: with {@code
 * bulkwriter.security.admin-password} set, the {@code admin} account exists with that password
 * (which must pass the {@link PasswordPolicy}, or the product refuses to start); otherwise the very
 * first start (no account at all) creates {@code admin} with a random password, written once to the
 * log and to a file in the data directory.
 */
@Component
class FirstRunAdmin implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final SecuritySettings settings;
  private final Path dataDir;
  private final Clock clock;

  FirstRunAdmin(
      Accounts accounts,
      PasswordEncoder encoder,
      SecuritySettings settings,
      @Value("${bulkwriter.data-dir:./data}") Path dataDir,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.settings = settings;
    this.dataDir = dataDir;
    this.clock = clock;
    refuseWeak(settings.adminPassword());
  }

  /** The product does not start with a weak admin password; the message never shows it. */
  private static void refuseWeak(String password) {
    if (password == null) {
      return;
    }
    var errors = PasswordPolicy.check(ADMIN, password, "BULKWRITER_ADMIN_PASSWORD");
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "BULKWRITER_ADMIN_PASSWORD (bulkwriter.security.admin-password) is refused: "
              + String.join("; ", errors.stream().map(error -> error.message()).toList())
              + ". Choose one of at least "
              + PasswordPolicy.MIN_CHARS
              + " characters that does not contain 'admin' and is not a common one"
              + " (docs/security.md).");
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    String configured = settings.adminPassword();
    if (configured != null) {
      ensureAdmin(configured);
    } else if (accounts.count() == 0) {
      createWithRandomPassword();
    }
  }

  private void ensureAdmin(String password) {
    var existing = accounts.find(ADMIN);
    if (existing.isEmpty()) {
      insert(password);
      log.info("Account admin created with the password from BULKWRITER_ADMIN_PASSWORD");
    } else if (!encoder.matches(password, existing.get().passwordHash())) {
      accounts.setPassword(ADMIN, encoder.encode(password), clock.instant());
      log.info("Password of account admin set from BULKWRITER_ADMIN_PASSWORD");
    }
  }

  private void createWithRandomPassword() {
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    if (!insert(password)) {
      return; // another node of the same database created it first
    }
    Path file = dataDir.resolve(settings.adminPasswordFile()).toAbsolutePath().normalize();
    write(file, password);
    log.warn(
        """

        ==================================================================
        First start: created the account 'admin' with the password
            {}
        It is also in {} (readable by this user only).
        Sign in, create your own accounts, and delete that file.
        ==================================================================""",
        password,
        file);
  }

  private boolean insert(String password) {
    try {
      accounts.insert(ADMIN, encoder.encode(password), Role.ADMIN, clock.instant());
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  private static void write(Path file, String password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, password + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the first admin password to " + file, e);
    }
  }
}
