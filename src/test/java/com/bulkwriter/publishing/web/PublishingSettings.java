package com.bulkwriter.publishing.web;

/** Publishing settings for tests: no waiting between requests, quick retries and polls. */
final class PublishingSettings {

  static final String FAST =
      """
      bulkwriter.publishing.request-pace=10ms
      bulkwriter.publishing.poll-interval=50ms
      bulkwriter.publishing.backoff-base=100ms
      bulkwriter.publishing.backoff-max=400ms
      bulkwriter.publishing.request-timeout=20s
      bulkwriter.publishing.lease-duration=30s
      bulkwriter.publishing.heartbeat-interval=1s
      """;

  private PublishingSettings() {}
}
