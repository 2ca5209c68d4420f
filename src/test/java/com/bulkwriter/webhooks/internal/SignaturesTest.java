package com.bulkwriter.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.webhooks.SignatureVerifier;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  /** The Standard Webhooks specification's published test vector. */
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330;
  static final String BODY = "{\"test\": 2432232314}";
  static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void signsTheSpecificationsTestVectorExactly() {
    assertThat(Signatures.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
  }

  @Test
  void theTestsOwnVerifierAcceptsTheTestVectorAndRefusesTamperingAndStaleMessages() {
    var verifier = new SignatureVerifier(SECRET);
    Instant then = Instant.ofEpochSecond(TIMESTAMP);

    assertThat(verifier.verify(ID, "1614265330", SIGNATURE, BODY, then)).isTrue();
    assertThat(verifier.verify(ID, "1614265330", "v1,bm9wZQ== " + SIGNATURE, BODY, then)).isTrue();
    assertThat(verifier.verify(ID, "1614265330", SIGNATURE, BODY + " ", then)).isFalse();
    assertThat(verifier.verify("msg_other", "1614265330", SIGNATURE, BODY, then)).isFalse();
    assertThat(verifier.verify(ID, "1614265330", SIGNATURE, BODY, then.plusSeconds(301))).isFalse();
    assertThat(verifier.verify(ID, "1614265330", "v2," + SIGNATURE.substring(3), BODY, then))
        .isFalse();
  }

  @Test
  void newSecretsAreWhsecPlus32RandomBytesInBase64() {
    String one = Signatures.newSecret();
    String two = Signatures.newSecret();

    assertThat(one).startsWith("whsec_").isNotEqualTo(two);
    assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
    String signed = Signatures.sign(one, "msg_1", 1, "{}");
    assertThat(
            new SignatureVerifier(one).verify("msg_1", "1", signed, "{}", Instant.ofEpochSecond(1)))
        .isTrue();
  }
}
