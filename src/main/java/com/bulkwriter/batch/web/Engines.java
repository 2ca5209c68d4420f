package com.bulkwriter.batch.web;

import com.bulkwriter.generation.Providers;
import org.springframework.stereotype.Component;

/** Looks up how to label a provider named in stored settings. */
@Component
class Engines {

  private final Providers providers;

  Engines(Providers providers) {
    this.providers = providers;
  }

  EngineView of(String provider) {
    return providers
        .find(provider)
        .map(g -> new EngineView(provider, g.info().label(), g.info().draft()))
        .orElseGet(() -> new EngineView(provider, provider + " (not configured)", false));
  }
}
