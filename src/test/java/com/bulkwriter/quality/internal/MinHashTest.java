package com.bulkwriter.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private final String english =
      ArticleText.of(Fixture.load("en-hiking-boots.md").markdown()).prose();

  @Test
  void theSameTextHasTheSameSignatureWhateverItsCaseAndPunctuation() {
    int[] one = MinHash.signature(english, 5);
    int[] other = MinHash.signature(english.toUpperCase().replace(".", " !"), 5);

    assertThat(MinHash.similarity(one, other)).isEqualTo(1.0);
    assertThat(MinHash.decode(MinHash.encode(one))).isEqualTo(one);
  }

  @Test
  void aTextWithAFewWordsChangedIsACandidateAndAboveTheThreshold() {
    String edited = english.replace("late afternoon", "early evening").replace("fire", "stove");
    int[] one = MinHash.signature(english, 5);
    int[] other = MinHash.signature(edited, 5);

    assertThat(MinHash.similarity(one, other)).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);
    assertThat(shared(MinHash.bandKeys(one), MinHash.bandKeys(other))).isGreaterThan(0);
  }

  @Test
  void differentArticlesAreNeitherSimilarNorCandidates() {
    String german = ArticleText.of(Fixture.load("de-wanderschuhe.md").markdown()).prose();
    String portuguese = ArticleText.of(Fixture.load("pt-botas.md").markdown()).prose();
    int[] en = MinHash.signature(english, 5);
    int[] de = MinHash.signature(german, 5);
    int[] pt = MinHash.signature(portuguese, 5);

    assertThat(MinHash.similarity(en, de)).isLessThan(0.1);
    assertThat(MinHash.similarity(de, pt)).isLessThan(0.1);
    assertThat(shared(MinHash.bandKeys(en), MinHash.bandKeys(pt))).isZero();
  }

  @Test
  void aTextWithoutWordsHasNoSignatureAndAShortOneIsOneShingle() {
    assertThat(MinHash.signature("  — ", 5)).isNull();
    assertThat(MinHash.signature("two words", 5)).isEqualTo(MinHash.signature("Two, words!", 5));
  }

  @Test
  void signaturesStayTheSameAsTheStoredOnes() {
    // computed by the first version (each shingle's string hashed): stored signatures must still
    // compare with new ones after the shingles were hashed without building their strings
    String text =
        "Wanderschuhe für Kinder: the best hiking boots, tested on 12 trails in the Alps!";

    assertThat(MinHash.encode(MinHash.signature(text, 5)))
        .isEqualTo(
            "BBhYQAJRd2ACWYMsB33c1gGNJkoB5ykUAy6u5gTJQlAWfLetEN3ZThiQGp4N8IkXDVID9Qb4Fl4auOj2BJCMLBDFXfASyR+8ES4N4wl4m0ELYLrJFWUmAwIc250EbyfIAbj5dwtmgCsZXFGSDSjRBgnXnBgBRfNxCzAPByrJTgIBLfvJC2GW8w2KfGQGlkmKBF+6chaL7wQefbPBCKfsSwCH/R8FPpErEpmEuQg7ZMQOXI/cBgoriBiRYw8I2l5ZGiEJYAK7fbFI58+nEibEjA1OiJoEqCgRCwEgFCpPBgkDNT+wAbIEbRHGyrAQRk1BBfWYixEEmlkApANDCBNlvQLmUOMDy/5eCn5AMgqrWk0T0j06BgJ4zgbraLsChd0pDXwgTQnTdKAIONAwGmedfQcgytUFF+KJEq32LwWc92EGsaqhC3b6egEoFU8FGxuCAIUGhgEEmusE6VtvBK7drxostX4DaFWfAh4icAVh+T4l4NO7GILHGwd6RfMvCt0BBGYM+Abr60gQrS9KADmK3A5lelwGSviMBi/YmQ6rIzQOyXwqAtotKQjtOt0CJTp4ACHlMhYSNhwBVjaKAUqAcg7z1ZwGA+5GAAAfYwHMHJQDzCJKCpxwlR1xbEYlK6ORAUR12ARW0tIhzBoQAq3oEACRDIcFIystD+wVhwPPkkA=");
    assertThat(MinHash.encode(MinHash.signature("two words", 5)))
        .isEqualTo(
            "Je21HmdlVH48efGCLX6/e1ujLFN4VWzFFCHXBWJDRY5mRIpQYU0ViU/r7epZCr0QfzpoGkA1WJdYAJpEEnjHE157jNNGMowJaTpeFQ71NhVk7b8cLzjYqB80VasRiBF0PqEOPiNCm2trPQMMFEPljHlZvilTvE3dW17/AlkMbS15f4ugbMhT42Bq7OQUqky7TtDu8FgLSktDs1kPTYEjYjtjw7VrZGvuCJSuWhAgDBtXnBaWVY71dVksONwDo2BgJht3uEmX6sRAxe0vaS8RrS18/iMsJqNeI2y9ymLcvuouUYc8EcPMYWWCykss29HffTsJcTiGpFtgF8fsIVsgymzCs3lf51oaDzY+8BXdRI9nUOpyJQE0lXhpbDV+7yN7XrKp0y+bEVpQwke4BDGiCiX1CvFB1mw4I/EW7Wq2qcopHZeSGV4D9wZRTDVjQW0saL4/ygXyjQdLIAYfYdNHSSc9pYh8B+ptXyepT2JMAskSua+yOB6ZaEjwHXd9x8ARWheVkmLdSzxkk9CiS1EY6G3FbGBgqIuEELOMCnoybUsISEUzSMZGQzG7nQsM+SzPCGaUVX62PopvJQSHLsoEqDAMCsxwzTbvQsg7bzNC8woiOnHoDmTrDgTUIJlqYF5VW0hkdiCPzhdvqDDwfHAUPQt5zMcPfIZFZRPkC3ZwNZI=");
  }

  private static long shared(long[] a, long[] b) {
    Set<Long> keys = new HashSet<>();
    Arrays.stream(a).forEach(keys::add);
    return Arrays.stream(b).filter(keys::contains).count();
  }
}
