package com.bulkwriter.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aNegativePageBecomesTheFirst() {
    assertThat(new PageRequest(-1, 20).page()).isZero();
    assertThat(new PageRequest(Integer.MIN_VALUE, 20).page()).isZero();
  }

  @Test
  void aSizeBelowOneBecomesOne() {
    assertThat(new PageRequest(0, 0).size()).isEqualTo(1);
    assertThat(new PageRequest(0, -50).size()).isEqualTo(1);
  }

  @Test
  void aSizeAboveTheMaximumIsCappedAtFiveHundred() {
    assertThat(new PageRequest(0, 501).size()).isEqualTo(PageRequest.MAX_SIZE).isEqualTo(500);
    assertThat(new PageRequest(0, Integer.MAX_VALUE).size()).isEqualTo(500);
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
    assertThat(new PageRequest(-2, 20).offset()).isZero();
  }

  @Test
  void theOffsetOfAVeryLatePageDoesNotOverflow() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 500).offset())
        .isEqualTo(Integer.MAX_VALUE * 500L);
  }
}
