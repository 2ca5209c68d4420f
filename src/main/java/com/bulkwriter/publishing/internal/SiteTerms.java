package com.bulkwriter.publishing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Term ids a job already resolved (found or created on the site), so that a job of 500 posts asks
 * the site about each category once, not 500 times. Bounded; keyed by job, so a new job sees terms
 * deleted or renamed on the site since.
 */
@Component
class SiteTerms {

  private static final int MAX = 5_000;

  private final Map<String, Long> ids =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > MAX;
        }
      };

  long id(UUID jobId, String taxonomy, String name, LongSupplier resolve) {
    String key = jobId + "/" + taxonomy + "/" + name.strip().toLowerCase(java.util.Locale.ROOT);
    synchronized (ids) {
      Long known = ids.get(key);
      if (known != null) {
        return known;
      }
    }
    long id = resolve.getAsLong();
    synchronized (ids) {
      ids.put(key, id);
    }
    return id;
  }
}
