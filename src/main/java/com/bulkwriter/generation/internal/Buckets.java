package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.SharedBuckets;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;

/**
 * Where rate-limit buckets live: in this process on the embedded database (one node), or in the
 * {@code provider_buckets} table on PostgreSQL so that every node draws on the same budget
 * (Bucket4j's advisory-lock proxy manager; the bucket state is one row per limit). Other modules
 * see them as {@link SharedBuckets}.
 */
interface Buckets extends SharedBuckets {

  /** Buckets in this process only. */
  static Buckets local() {
    return SharedBuckets.inThisProcess()::bucket;
  }

  /** Buckets shared by all nodes on one PostgreSQL database. */
  static Buckets postgresql(DataSource dataSource) {
    ProxyManager<Long> proxies =
        Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
            .table("provider_buckets")
            .idColumn("id")
            .stateColumn("state")
            .build();
    return (key, configuration) -> proxies.builder().build(id(key), () -> configuration);
  }

  /** A stable 64-bit id for a bucket key (FNV-1a), the same on every node. */
  static long id(String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }
}
