package com.bulkwriter.generation.web;

import com.bulkwriter.generation.ProviderInfo;
import com.bulkwriter.generation.ProviderLimits;
import com.bulkwriter.generation.ProviderPace;
import com.bulkwriter.generation.Providers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The providers a batch can be written with. Never shows a key. */
@RestController
@Tag(name = "Providers", description = "What can write articles, with its models and limits")
class ProviderController {

  private final Providers providers;

  ProviderController(Providers providers) {
    this.providers = providers;
  }

  @Operation(
      summary = "Configured providers, the default first",
      description =
          "Only configured providers are listed; the offline draft engine is always there."
              + " Limits are the configured ceilings (null: none, the provider's own limits"
              + " apply); pace is what the calls are paced at now, learned from the provider's"
              + " rate-limit headers and 429s (null for the offline engine). Keys are never"
              + " returned.")
  @GetMapping("/api/providers")
  List<ProviderResponse> providers() {
    String defaultName = providers.defaultProvider().name();
    return providers.all().stream()
        .map(
            info ->
                ProviderResponse.of(
                    info,
                    info.name().equals(defaultName),
                    providers.pace(info.name()).orElse(null)))
        .toList();
  }

  /**
   * One provider as the API shows it.
   *
   * @param isDefault whether new batches use it unless they name another
   * @param limits the configured ceilings; {@code null} fields: none set
   * @param pace the pace in force now; {@code null} for the offline draft engine
   */
  record ProviderResponse(
      String name,
      String label,
      boolean draft,
      boolean isDefault,
      List<String> models,
      String defaultModel,
      ProviderLimits limits,
      ProviderPace pace) {

    static ProviderResponse of(ProviderInfo info, boolean isDefault, ProviderPace pace) {
      return new ProviderResponse(
          info.name(),
          info.label(),
          info.draft(),
          isDefault,
          info.models(),
          info.defaultModel(),
          info.limits(),
          pace);
    }
  }
}
