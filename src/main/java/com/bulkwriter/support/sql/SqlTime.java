package com.bulkwriter.support.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, the same way on H2 and PostgreSQL
 * (both drivers take and give {@link OffsetDateTime}; PostgreSQL's does not take an Instant).
 */
public final class SqlTime {

  private SqlTime() {}

  /** The instant as a UTC timestamp parameter; {@code null} stays {@code null}. */
  public static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** The column's timestamp as an instant; SQL NULL is {@code null}. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
