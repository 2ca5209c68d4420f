package com.bulkwriter.generation;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Rate-limit buckets (Bucket4j) that every node draws on: in the {@code provider_buckets} table on
 * PostgreSQL (an advisory-lock proxy per bucket), in this process on the embedded database, which
 * has one node. The providers' request and token budgets live here; other modules pace their own
 * calls with it (publishing: one bucket per WordPress site). The application context has one bean
 * of this type.
 */
public interface SharedBuckets {

  /**
   * The bucket of {@code key} (a stable name, the same on every node: prefix it with the module),
   * created with {@code configuration} when it does not exist yet. In this process a new bucket is
   * built on every call: keep the one you get.
   */
  Bucket bucket(String key, BucketConfiguration configuration);

  /** Buckets in this process only (one node, or a test). */
  static SharedBuckets inThisProcess() {
    return (key, configuration) -> {
      var builder = Bucket.builder().withNanosecondPrecision();
      for (Bandwidth bandwidth : configuration.getBandwidths()) {
        builder.addLimit(bandwidth);
      }
      return builder.build();
    };
  }
}
