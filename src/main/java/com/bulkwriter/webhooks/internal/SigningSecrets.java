package com.bulkwriter.webhooks.internal;

import com.bulkwriter.support.secrets.SecretBox;
import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Endpoints' signing secrets at rest: encrypted with {@code BULKWRITER_SECRETS_KEY} (the same
 * {@link SecretBox} as site passwords, the endpoint's id as associated data). The sender needs the
 * secret itself to sign, so it cannot be hashed. Secrets stored in plain text by earlier versions
 * (they start with {@code whsec_}) still sign, and are encrypted when a node starts with the key.
 */
@Component
class SigningSecrets {

  private static final Logger log = LoggerFactory.getLogger(SigningSecrets.class);

  private final SecretBox box;
  private final JdbcClient jdbc;
  private final NamedQueries sql;

  SigningSecrets(SecretBox box, JdbcClient jdbc, Database database) {
    this.box = box;
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("webhooks", database);
  }

  /**
   * What to store for the endpoint's new secret.
   *
   * @throws com.bulkwriter.support.UnprocessableException without a key (422 saying how to set one)
   */
  String seal(UUID endpoint, String secret) {
    return box.seal(endpoint, secret);
  }

  /**
   * The secret to sign with, from what is stored.
   *
   * @throws SecretBox.SecretUnavailable without the key it was sealed with
   */
  String open(UUID endpoint, String stored) {
    return isPlain(stored) ? stored : box.open(endpoint, stored);
  }

  private static boolean isPlain(String stored) {
    return stored.startsWith(Signatures.SECRET_PREFIX);
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    sealPlainSecrets();
  }

  /** Encrypts the secrets earlier versions stored in plain text; how many this call did. */
  int sealPlainSecrets() {
    List<Plain> plain =
        jdbc.sql(sql.get("plain-secrets"))
            .query((rs, row) -> new Plain(rs.getObject("id", UUID.class), rs.getString(2)))
            .list();
    if (plain.isEmpty()) {
      return 0;
    }
    if (!box.ready()) {
      log.warn(
          "{} webhook signing secrets are stored in plain text; set BULKWRITER_SECRETS_KEY and"
              + " restart to encrypt them",
          plain.size());
      return 0;
    }
    int sealed = 0;
    for (Plain row : plain) {
      sealed +=
          jdbc.sql(sql.get("seal-secret"))
              .param("id", row.id())
              .param("plain", row.secret())
              .param("sealed", box.seal(row.id(), row.secret()))
              .update();
    }
    log.info("Encrypted {} webhook signing secrets stored in plain text", sealed);
    return sealed;
  }

  private record Plain(UUID id, String secret) {
    @Override
    public String toString() {
      return "Plain[" + id + "]";
    }
  }
}
