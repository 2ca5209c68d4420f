package com.bulkwriter.linking.web;

import com.bulkwriter.linking.internal.BatchLinker;
import com.bulkwriter.linking.internal.LinkGraph;
import com.bulkwriter.linking.internal.LinkGraphs;
import com.bulkwriter.linking.internal.LinkSettings;
import com.bulkwriter.security.CurrentOwner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A batch's internal links: the graph, adding links now, and the batch's link settings. */
@RestController
@Tag(name = "Internal links")
class LinkController {

  /**
   * What a run did.
   *
   * @param articles written articles of the batch looked at
   * @param linked articles that got links (each a new version, reason LINKED)
   * @param links links added
   * @param skipped articles changed meanwhile and left as they are
   * @param candidates articles links could point to
   * @param tookMs how long it took
   */
  record LinkRunView(
      int articles, int linked, int links, int skipped, int candidates, long tookMs) {}

  private final BatchLinker linker;
  private final LinkGraphs graphs;
  private final CurrentOwner owner;

  LinkController(BatchLinker linker, LinkGraphs graphs, CurrentOwner owner) {
    this.linker = linker;
    this.graphs = graphs;
    this.owner = owner;
  }

  @Operation(
      summary = "A batch's link graph",
      description =
          "The batch's written articles with their links in and out, the earlier articles it"
              + " links to, every link with its anchor, the orphans (articles no article links"
              + " to) and the batch's link settings.")
  @ApiResponse(responseCode = "404", description = "No such batch, or not the caller's")
  @GetMapping("/api/articles/queue/{id}/links")
  LinkGraph graph(@PathVariable UUID id) {
    return graphs.graph(owner.scope(), id);
  }

  @Operation(
      summary = "Add internal links to a batch's written articles now",
      description =
          "Each article gets up to maxLinks links to the articles most like it (BM25 over titles"
              + " and headings), on phrases already in its text. Each changed article is a new"
              + " version (reason LINKED): restoring the version before undoes its links. Links"
              + " already in an article count toward maxLinks. The body is optional: settings"
              + " given are kept as the batch's.")
  @ApiResponse(responseCode = "200", description = "What was done")
  @ApiResponse(responseCode = "400", description = "A setting is out of range; `errors` names it")
  @ApiResponse(responseCode = "404", description = "No such batch, or not the caller's")
  @PostMapping("/api/articles/queue/{id}/links")
  LinkRunView link(
      @PathVariable UUID id, @RequestBody(required = false) @Nullable LinkSettingsRequest body) {
    String scope = owner.scope();
    LinkSettings chosen = body == null ? null : body.applyTo(graphs.settings(scope, id));
    BatchLinker.LinkRun run = linker.link(scope, id, chosen, owner.get());
    return new LinkRunView(
        run.articles(),
        run.linked(),
        run.links(),
        run.skipped(),
        run.candidates(),
        run.took().toMillis());
  }

  @Operation(
      summary = "Change a batch's link settings",
      description =
          "automatic: link the batch once it is written; maxLinks: links per article (0 to 10);"
              + " includeEarlier (and siteId): link to the owner's earlier batches too (only to"
              + " their articles published on that site). Fields left out keep their values.")
  @ApiResponse(responseCode = "400", description = "A setting is out of range; `errors` names it")
  @ApiResponse(responseCode = "404", description = "No such batch, or not the caller's")
  @PutMapping("/api/articles/queue/{id}/links/settings")
  LinkSettings settings(@PathVariable UUID id, @RequestBody LinkSettingsRequest body) {
    String scope = owner.scope();
    return graphs.change(scope, id, body.applyTo(graphs.settings(scope, id)));
  }
}
