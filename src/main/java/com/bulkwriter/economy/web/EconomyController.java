package com.bulkwriter.economy.web;

import com.bulkwriter.economy.internal.EconomyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A batch in economy mode: its provider batches, and "Finish now in realtime". */
@RestController
@RequestMapping("/api/articles/queue/{id}")
@Tag(name = "Batches")
@ApiResponse(responseCode = "404", description = "No such batch")
class EconomyController {

  private final EconomyService economy;

  EconomyController(EconomyService economy) {
    this.economy = economy;
  }

  @GetMapping("/economy")
  @Operation(
      summary = "The batch's provider batches (economy mode)",
      description =
          "Each provider batch's state and counts as the provider reported them at the last poll;"
              + " requests/done add up the ones not yet read (\"at the provider: done of"
              + " requests\"), expectedBy is the end of their completion window. providerStatus"
              + " is in the provider's words (OpenAI: validating, in_progress, finalizing,"
              + " completed, expired, cancelling, cancelled, failed; Anthropic: in_progress,"
              + " canceling, ended). A PROVIDER_BATCH event on the batch's live channel says"
              + " when to read this again.")
  @ApiResponse(responseCode = "200", description = "The provider batches")
  EconomyService.EconomySummary economy(@PathVariable UUID id) {
    return economy.summary(id);
  }

  @PostMapping("/finish-realtime")
  @Operation(
      summary = "Finish now in realtime",
      description =
          "Switches an economy batch to realtime: its provider batches are cancelled (what they"
              + " answered is still stored) and the rest is written one call per article.")
  @ApiResponse(responseCode = "200", description = "Switched; the provider batches as they stand")
  @ApiResponse(responseCode = "409", description = "The batch is not in economy mode")
  EconomyService.EconomySummary finishInRealtime(@PathVariable UUID id) {
    return economy.finishInRealtime(id);
  }
}
