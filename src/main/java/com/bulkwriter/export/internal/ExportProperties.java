package com.bulkwriter.export.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every tunable of exports.
 *
 * @param expiry how long a finished export stays downloadable before the cleaner removes it
 * @param cleanupInterval how often expired exports are removed and stale ones failed
 * @param staleAfter an export without progress for this long is failed (its node stopped)
 * @param concurrency exports one node builds at once; the rest wait in line, users taking turns
 * @param maxRunningPerUser exports of one user a node builds at once; below {@code concurrency},
 *     another user's export never waits for one user's backlog
 * @param maxActivePerUser exports one user may have queued or running at once (more: 429)
 * @param maxStoredPerUser bytes of finished archives one user may keep (more: 429 on a new export,
 *     and an export that grows past it fails); deleting or expiring exports frees it
 * @param chunkSize size of the stored pieces of an archive (memory per write or read)
 * @param compressionLevel ZIP deflate level, 0 (store) to 9 (smallest)
 * @param progressInterval how often a running export records its progress
 * @param eventInterval least time between two announcements ({@code ExportChanged}) of a running
 *     export's progress; its start, success and failure are always announced at once
 * @param linkPattern where an exported article's internal links point: {@code {slug}} is the
 *     target's slug, {@code {id}} its id ({@code /{slug}/}, {@code {slug}.html}, {@code
 *     https://example.com/blog/{slug}})
 */
@ConfigurationProperties("bulkwriter.export")
record ExportProperties(
    Duration expiry,
    Duration cleanupInterval,
    Duration staleAfter,
    Integer concurrency,
    Integer maxRunningPerUser,
    Integer maxActivePerUser,
    DataSize maxStoredPerUser,
    DataSize chunkSize,
    Integer compressionLevel,
    Duration progressInterval,
    Duration eventInterval,
    String linkPattern) {

  ExportProperties {
    expiry = or(expiry, Duration.ofHours(24));
    cleanupInterval = or(cleanupInterval, Duration.ofMinutes(10));
    staleAfter = or(staleAfter, Duration.ofMinutes(5));
    concurrency = concurrency == null ? 2 : concurrency;
    maxRunningPerUser = maxRunningPerUser == null ? 1 : maxRunningPerUser;
    maxActivePerUser = maxActivePerUser == null ? 10 : maxActivePerUser;
    maxStoredPerUser = maxStoredPerUser == null ? DataSize.ofGigabytes(2) : maxStoredPerUser;
    chunkSize = chunkSize == null ? DataSize.ofMegabytes(1) : chunkSize;
    compressionLevel = compressionLevel == null ? 6 : compressionLevel;
    progressInterval = or(progressInterval, Duration.ofSeconds(1));
    eventInterval = or(eventInterval, Duration.ofMillis(250));
    linkPattern = linkPattern == null || linkPattern.isBlank() ? "/{slug}/" : linkPattern.strip();
    if (concurrency < 1) {
      throw new IllegalArgumentException("bulkwriter.export.concurrency must be ≥ 1");
    }
    if (maxRunningPerUser < 1 || maxActivePerUser < 1 || maxStoredPerUser.toBytes() < 1) {
      throw new IllegalArgumentException(
          "bulkwriter.export.max-running-per-user, max-active-per-user and max-stored-per-user"
              + " must be at least 1");
    }
    if (chunkSize.toBytes() < 4_096 || chunkSize.toBytes() > 64 * 1024 * 1024) {
      throw new IllegalArgumentException("bulkwriter.export.chunk-size must be 4KB to 64MB");
    }
    if (compressionLevel < 0 || compressionLevel > 9) {
      throw new IllegalArgumentException("bulkwriter.export.compression-level must be 0 to 9");
    }
    if (eventInterval.isNegative()) {
      throw new IllegalArgumentException("bulkwriter.export.event-interval must not be negative");
    }
    if (!progressInterval.minus(staleAfter).isNegative()) {
      throw new IllegalArgumentException(
          "bulkwriter.export.progress-interval must be shorter than stale-after");
    }
  }

  private static Duration or(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }
}
