package com.bulkwriter.economy.internal;

import com.bulkwriter.batch.SettingsJson;
import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.Providers;
import com.bulkwriter.queue.LeasedArticle;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** What a held article asks for, as the queue's workers read it, and its provider's batch API. */
@Component
class ArticleSpecs {

  private final SettingsJson json;
  private final Providers providers;
  private final Clock clock;

  ArticleSpecs(SettingsJson json, Providers providers, Clock clock) {
    this.json = json;
    this.providers = providers;
    this.clock = clock;
  }

  ArticleSpec of(LeasedArticle article) {
    return json.settings(article.settings())
        .specFor(article.keyword(), json.overrides(article.overrides()))
        // placeholders of an outline template and required phrases: {year} is this year
        .forYear(clock.instant().atZone(ZoneOffset.UTC).getYear());
  }

  /**
   * The most requests one provider batch of any provider takes: as many articles as are claimed for
   * one (those past its own provider's limit go back to the queue when it is written).
   */
  int largestBatch(EconomyProperties properties) {
    return providers.all().stream()
        .map(info -> providers.require(info.name()).batchApi())
        .filter(Objects::nonNull)
        .mapToInt(api -> properties.limits(api.limits()).requests())
        .max()
        .orElse(1);
  }

  /**
   * The batch API of {@code provider}.
   *
   * @throws IllegalStateException when it has none (no longer configured)
   */
  BatchApi api(String provider) {
    BatchApi api = providers.require(provider).batchApi();
    if (api == null) {
      throw new IllegalStateException("Provider " + provider + " has no batch API");
    }
    return api;
  }
}
