package com.bulkwriter.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing as the Standard Webhooks specification says: the secret is {@code whsec_} + base64 of
 * random bytes; the signature of a message is {@code v1,} + base64 of HMAC-SHA256 over {@code
 * "<webhook-id>.<webhook-timestamp>.<body>"}, keyed by the base64-decoded secret.
 *
 * <p>Written with the JDK's {@link Mac}: the specification's reference Java library ({@code
 * com.standardwebhooks}) is not published on Maven Central, and the scheme is three lines of
 * standard HMAC. {@code SignaturesTest} checks it against the specification's test vector.
 */
public final class Signatures {

  public static final String SECRET_PREFIX = "whsec_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Signatures() {}

  /** A new secret: 32 random bytes (the specification asks for 24 to 64). */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The {@code webhook-signature} header value for one attempt. */
  public static String sign(String secret, String id, long timestamp, String body) {
    String base64 = secret.startsWith(SECRET_PREFIX) ? secret.substring(6) : secret;
    byte[] key = Base64.getDecoder().decode(base64);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
