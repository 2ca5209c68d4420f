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

  /** Article id to the claim its worker holds (with the lease token it presents). */
  private final Map<UUID, ClaimedArticle> held = new ConcurrentHashMap<>();

  void hold(ClaimedArticle article) {
    held.put(article.id(), article);
  }

  /** Lets go of this claim only: the same article claimed again since then stays held. */
  void letGo(ClaimedArticle article) {
    held.remove(article.id(), article);
  }

  /** The claims held now. */
  List<ClaimedArticle> articles() {
    return List.copyOf(held.values());
  }

  int size() {
    return held.size();
  }
}
