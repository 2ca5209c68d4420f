package com.bulkwriter.support.secrets;

import com.bulkwriter.support.UnprocessableException;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest with Google Tink's AES-256-GCM (AEAD), under the key in {@code
 * bulkwriter.secrets.key} ({@code BULKWRITER_SECRETS_KEY}): WordPress application passwords and
 * webhook signing secrets. The id of the row that owns a secret is the associated data, so a
 * ciphertext copied to another row does not decrypt. Without a key nothing can be encrypted, and
 * the user is told how to set one.
 */
@Component
public class SecretBox {

  /** What a user reads when the key is missing or unusable. */
  public static final String HOW_TO_SET_THE_KEY =
      "Site passwords and webhook signing secrets are stored encrypted, and this server has no"
          + " key for that: set"
          + " BULKWRITER_SECRETS_KEY to 32 random bytes in base64 (generate one with `openssl rand"
          + " -base64 32`), keep it safe, and restart. See docs/publishing.md.";

  private final Aead aead;
  private final String problem;

  public SecretBox(SecretsProperties properties) {
    Aead built = null;
    String why = null;
    if (properties.key().isEmpty()) {
      why = HOW_TO_SET_THE_KEY;
    } else {
      try {
        byte[] key = Base64.getDecoder().decode(properties.key());
        if (key.length != 32) {
          why = "BULKWRITER_SECRETS_KEY must be 32 bytes in base64. " + HOW_TO_SET_THE_KEY;
        } else {
          built = aead(key);
        }
      } catch (IllegalArgumentException | GeneralSecurityException e) {
        why = "BULKWRITER_SECRETS_KEY is not valid base64. " + HOW_TO_SET_THE_KEY;
      }
    }
    this.aead = built;
    this.problem = why;
  }

  private static Aead aead(byte[] key) throws GeneralSecurityException {
    AesGcmParameters parameters =
        AesGcmParameters.builder()
            .setKeySizeBytes(32)
            .setIvSizeBytes(12)
            .setTagSizeBytes(16)
            .setVariant(AesGcmParameters.Variant.NO_PREFIX)
            .build();
    return AesGcmJce.create(
        AesGcmKey.builder()
            .setParameters(parameters)
            .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
            .build());
  }

  /** Whether secrets can be stored. */
  public boolean ready() {
    return aead != null;
  }

  /**
   * The secret encrypted for the row {@code id}, base64 (never containing {@code _}).
   *
   * @throws UnprocessableException without a usable key (422 saying how to set one)
   */
  public String seal(UUID id, String secret) {
    if (aead == null) {
      throw new UnprocessableException(problem);
    }
    try {
      return Base64.getEncoder()
          .encodeToString(aead.encrypt(secret.getBytes(StandardCharsets.UTF_8), context(id)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a secret", e);
    }
  }

  /**
   * The secret of the row {@code id}.
   *
   * @throws SecretUnavailable without the key it was sealed with
   */
  public String open(UUID id, String sealed) {
    if (aead == null) {
      throw new SecretUnavailable(problem);
    }
    try {
      return new String(
          aead.decrypt(Base64.getDecoder().decode(sealed), context(id)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecretUnavailable(
          "The secret was stored under another BULKWRITER_SECRETS_KEY (or its row was changed)");
    }
  }

  private static byte[] context(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  /** A stored secret cannot be read: no key, or another one. */
  public static final class SecretUnavailable extends RuntimeException {
    SecretUnavailable(String message) {
      super(message, null, false, false);
    }
  }
}
