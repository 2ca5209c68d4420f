package com.bulkwriter.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PublishScheduleTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void slotsSpreadEvenlyOverTheWindowAndSkipThoseBeforeTheStart() {
    var schedule =
        new PublishSchedule(
            LocalDateTime.parse("2026-12-07T11:00"),
            3,
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            NEW_YORK);
    assertThat(schedule.slots(5))
        .containsExactly(
            at("2026-12-07T12:00"),
            at("2026-12-07T15:00"),
            at("2026-12-08T09:00"),
            at("2026-12-08T12:00"),
            at("2026-12-08T15:00"));
  }

  @Test
  void aStartAfterTheWindowBeginsTheNextDay() {
    var schedule =
        new PublishSchedule(
            LocalDateTime.parse("2026-12-07T20:00"),
            1,
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            NEW_YORK);
    assertThat(schedule.slots(2)).containsExactly(at("2026-12-08T09:00"), at("2026-12-09T09:00"));
  }

  @Test
  void slotsAreLocalToTheSiteAcrossAClockChange() {
    // New York moves its clocks forward on 2027-03-14: 09:00 is 14:00 UTC before, 13:00 UTC after
    var schedule =
        new PublishSchedule(
            LocalDateTime.parse("2027-03-13T09:00"),
            1,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            NEW_YORK);
    var slots = schedule.slots(2);
    assertThat(slots.get(0).toString()).isEqualTo("2027-03-13T14:00:00Z");
    assertThat(slots.get(1).toString()).isEqualTo("2027-03-14T13:00:00Z");
  }

  @Test
  void anEmptyOrBackwardWindowIsRefused() {
    assertThatThrownBy(
            () ->
                new PublishSchedule(
                    LocalDateTime.parse("2026-12-07T09:00"),
                    1,
                    LocalTime.of(9, 0),
                    LocalTime.of(9, 0),
                    NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new PublishSchedule(
                    LocalDateTime.parse("2026-12-07T09:00"),
                    0,
                    LocalTime.of(9, 0),
                    LocalTime.of(10, 0),
                    NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static java.time.Instant at(String local) {
    return ZonedDateTime.of(LocalDateTime.parse(local), NEW_YORK).toInstant();
  }
}
