package com.bulkwriter.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every provider the application can write with, found by name. Names are matched ignoring case, so
 * a CSV that says {@code Offline} still finds {@code offline}.
 *
 * <p>The default provider is the first real one (whose {@link ProviderInfo#draft()} is false) in
 * bean order; the offline draft engine is the default only while no real provider is configured.
 */
@Component
public class Providers {

  private final Map<String, ArticleGenerator> byName = new LinkedHashMap<>();

  public Providers(List<ArticleGenerator> generators) {
    if (generators.isEmpty()) {
      throw new IllegalStateException("No article generator is available");
    }
    List<ArticleGenerator> ordered = new ArrayList<>(generators);
    // real providers first, each group in bean order (the sort is stable)
    ordered.sort((a, b) -> Boolean.compare(a.info().draft(), b.info().draft()));
    for (ArticleGenerator generator : ordered) {
      String key = key(generator.info().name());
      ArticleGenerator previous = byName.putIfAbsent(key, generator);
      if (previous != null) {
        throw new IllegalStateException(
            "Two article generators claim the provider name '" + generator.info().name() + "'");
      }
    }
  }

  /** All providers, real ones first, the offline draft engine last. */
  public List<ProviderInfo> all() {
    List<ProviderInfo> infos = new ArrayList<>(byName.size());
    byName.values().forEach(generator -> infos.add(generator.info()));
    return Collections.unmodifiableList(infos);
  }

  /** The generator for {@code name}, if there is one. */
  public Optional<ArticleGenerator> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * The generator for {@code name}.
   *
   * @throws IllegalArgumentException when no provider has that name
   */
  public ArticleGenerator require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown provider '"
                        + name
                        + "'; known providers: "
                        + String.join(", ", names())));
  }

  /**
   * The pace {@code name} is called at now: the limits in force, whether the provider's own limit
   * binds, the calls in flight it takes. Empty for an unknown or unpaced provider (offline).
   */
  public Optional<ProviderPace> pace(String name) {
    return find(name).map(ArticleGenerator::pace);
  }

  /**
   * Articles this node should have in flight to keep every paced provider at its pace (Little's
   * law: the paced rate times the time a call takes, with a margin), summed over the providers. The
   * queue claims up to this many (or its own {@code max-in-flight}, when larger).
   */
  public int inFlightTarget() {
    int target = 0;
    for (ArticleGenerator generator : byName.values()) {
      ProviderPace pace = generator.pace();
      if (pace != null) {
        target += pace.inFlightTarget();
      }
    }
    return target;
  }

  /** The provider new batches use unless they name one. */
  public ProviderInfo defaultProvider() {
    return byName.values().iterator().next().info();
  }

  private List<String> names() {
    return all().stream().map(ProviderInfo::name).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
