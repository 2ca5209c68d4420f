package com.bulkwriter.support.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.support.UnprocessableException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  static final String KEY = "dGVzdHMtb25seS1rZXktMzItYnl0ZXMtbG9uZy1vay0=";
  static final String OTHER_KEY = "b3RoZXIta2V5LW9mLWV4YWN0bHktMzItYnl0ZXMtb2s=";

  @Test
  void aSealedSecretOpensForItsRowOnlyAndDiffersEachTime() {
    SecretBox box = box(KEY);
    UUID site = UUID.randomUUID();
    String sealed = box.seal(site, "abcd efgh ijkl");
    assertThat(sealed).doesNotContain("abcd").isNotEqualTo(box.seal(site, "abcd efgh ijkl"));
    assertThat(box.open(site, sealed)).isEqualTo("abcd efgh ijkl");
    assertThatThrownBy(() -> box.open(UUID.randomUUID(), sealed))
        .isInstanceOf(SecretBox.SecretUnavailable.class);
    assertThatThrownBy(() -> box(OTHER_KEY).open(site, sealed))
        .isInstanceOf(SecretBox.SecretUnavailable.class)
        .hasMessageContaining("another BULKWRITER_SECRETS_KEY");
  }

  @Test
  void withoutAUsableKeyNothingIsSealedAndTheMessageSaysHowToSetOne() {
    for (String key : new String[] {"", "not base64!", "c2hvcnQ="}) {
      SecretBox box = box(key);
      assertThat(box.ready()).isFalse();
      assertThatThrownBy(() -> box.seal(UUID.randomUUID(), "secret"))
          .isInstanceOf(UnprocessableException.class)
          .hasMessageContaining("BULKWRITER_SECRETS_KEY")
          .hasMessageContaining("openssl rand -base64 32");
    }
  }

  static SecretBox box(String key) {
    return new SecretBox(new SecretsProperties(key));
  }
}
