package com.bulkwriter.queue.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The articles a worker of this process is holding right now. Only their leases are renewed by the
 * heartbeat: a claim whose worker ended, however it ended, expires and is rescued instead of being
 * kept alive for nobody.
 */
@Component
class HeldClaims {

  /** Article id to the lease token its worker presents. */
  private final Map<UUID, UUID> held = new ConcurrentHashMap<>();

  void hold(ClaimedArticle article) {
    held.put(article.id(), article.token());
  }

  void letGo(ClaimedArticle article) {
    held.remove(article.id(), article.token());
  }

  /** The articles held now. */
  List<UUID> articles() {
    return List.copyOf(held.keySet());
  }

  int size() {
    return held.size();
  }
}
