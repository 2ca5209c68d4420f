package com.bulkwriter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  private static InvalidInputException refused(int page, int size) {
    return catchThrowableOfType(InvalidInputException.class, () -> new PageRequest(page, size));
  }

  @Test
  void aNegativePageIsRefusedNamingTheParameterAndTheRange() {
    assertThat(refused(-1, 20).errors())
        .containsExactly(InputError.field("page", "-1 is out of range; use 0 or more"));
    assertThat(refused(Integer.MIN_VALUE, 20).errors()).hasSize(1);
  }

  @Test
  void aSizeBelowOneOrAboveFiveHundredIsRefusedNamingTheRange() {
    assertThat(refused(0, 0).errors())
        .containsExactly(InputError.field("size", "0 is out of range; use 1 to 500"));
    assertThat(refused(0, -50).errors()).hasSize(1);
    assertThat(refused(0, 501).errors())
        .containsExactly(InputError.field("size", "501 is out of range; use 1 to 500"));
    assertThat(refused(-1, 1_000_000).errors())
        .extracting(InputError::field)
        .containsExactly("page", "size");
  }

  @Test
  void valuesWithinBoundsAreKept() {
    assertThat(new PageRequest(3, 1)).isEqualTo(new PageRequest(3, 1));
    assertThat(new PageRequest(3, 1).page()).isEqualTo(3);
    assertThat(new PageRequest(3, 1).size()).isEqualTo(1);
    assertThat(new PageRequest(0, 500).size()).isEqualTo(500);
  }

  @Test
  void theOffsetIsPageTimesSize() {
    assertThat(new PageRequest(0, 20).offset()).isZero();
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
  }

  @Test
  void theOffsetOfAVeryLatePageDoesNotOverflow() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 500).offset())
        .isEqualTo(Integer.MAX_VALUE * 500L);
  }
}
