package com.bulkwriter.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification alone (not
 * from the product's signer): the secret after {@code whsec_} is base64; the signed content is
 * {@code id.timestamp.body}; the header holds space-separated {@code v1,<base64>} signatures, any
 * of which may match (constant-time); the timestamp must be within the tolerance of now.
 */
public final class SignatureVerifier {

  private static final long TOLERANCE_SECONDS = 5 * 60;

  private final byte[] key;

  public SignatureVerifier(String secret) {
    if (!secret.startsWith("whsec_")) {
      throw new IllegalArgumentException("not a Standard Webhooks secret");
    }
    this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
  }

  /** Whether the message is authentic and fresh at {@code now}. */
  public boolean verify(String id, String timestamp, String signatures, String body, Instant now) {
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    long sent;
    try {
      sent = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - sent) > TOLERANCE_SECONDS) {
      return false;
    }
    byte[] expected = hmac((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    for (String signature : signatures.split(" ")) {
      int comma = signature.indexOf(',');
      if (comma < 0 || !signature.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(signature.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return true;
      }
    }
    return false;
  }

  private byte[] hmac(byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
