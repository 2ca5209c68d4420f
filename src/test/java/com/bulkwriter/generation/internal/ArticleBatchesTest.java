package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bulkwriter.generation.ArticleSpec;
import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.BatchApi.BatchAnswer;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.generation.GenerationFailure;
import com.bulkwriter.generation.Words;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a provider batch asks for a long article in each round, and how the answers are read: the
 * outline, then the sections still missing, then the article assembled from the saved steps, with
 * realtime's checks. No HTTP: only the request lines and the answers.
 */
class ArticleBatchesTest {

  private final Map<UUID, StepLog> logs = new HashMap<>();
  private final AnthropicBatches api =
      new AnthropicBatches(
          new AnthropicProperties(
              URI.create("http://localhost:9"),
              "sk-ant-none",
              "claude-3-5-haiku-latest",
              null,
              0,
              0,
              0,
              Duration.ofSeconds(10)),
          new GenerationProperties(null, null, null, null, null, null, null, null, null),
          new BatchHttp(
              HttpClient.newHttpClient(),
              "Anthropic",
              "bulkwriter.anthropic",
              Duration.ofSeconds(1)),
          article -> logs.computeIfAbsent(article, id -> StepLog.inMemory()));
  private final UUID article = UUID.randomUUID();
  private final ArticleSpec spec = LlmProviderTest.spec("tea", 2_000);

  private static BatchAnswer answer(String text) {
    return new BatchAnswer("x", 200, text, 100, Words.count(text) * 2L, null, "stop", null, false);
  }

  private static String outline(int sections) {
    StringBuilder outline = new StringBuilder("TITLE: All About Tea\nSLUG: tea\nMETA: Tea.\n");
    for (int i = 1; i <= sections; i++) {
      outline.append("## Part ").append(i).append('\n');
    }
    return outline.toString();
  }

  private static String section(String heading, int words) {
    StringBuilder text = new StringBuilder("## ").append(heading).append("\n\n");
    while (Words.count(text.toString()) < words) {
      text.append("Tea is a drink. ");
    }
    return text.toString();
  }

  private List<Integer> steps() {
    return api.requests(article, spec, step -> "id" + step).stream()
        .map(BatchApi.StepRequest::step)
        .toList();
  }

  @Test
  void aShortArticleIsOneRequestAndALongOneStartsWithItsOutline() {
    assertThat(
            api
                .requests(UUID.randomUUID(), LlmProviderTest.spec("tea", 300), s -> "id" + s)
                .stream()
                .map(BatchApi.StepRequest::step))
        .containsExactly(BatchApi.WHOLE_ARTICLE);
    List<BatchApi.StepRequest> first = api.requests(article, spec, step -> "id" + step);
    assertThat(first).extracting(BatchApi.StepRequest::step).containsExactly(0);
    assertThat(first.getFirst().line()).contains("\"custom_id\":\"id0\"").contains("outline");
  }

  @Test
  void theSectionsStillMissingAreAskedForAndTheArticleIsAssembledOnceAllAreSaved() {
    api.saveStep(article, spec, 0, answer(outline(8)));
    assertThat(steps()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    LongArticlePlan plan = LongArticlePlan.of(spec, outline(8));
    for (int number = 1; number <= 7; number++) {
      api.saveStep(article, spec, number, answer(section("Part " + number, plan.shares()[0])));
    }
    assertThat(api.assemble(article, spec)).isEmpty();
    assertThat(steps()).containsExactly(8);
    // a section far too long is cut to its share, as in realtime
    api.saveStep(article, spec, 8, answer(section("Part 8", plan.shares()[7] * 2)));
    assertThat(steps()).isEmpty();

    GeneratedArticle written = api.assemble(article, spec).orElseThrow();
    assertThat(written.markdown()).startsWith("# All About Tea\n\n## Part 1\n");
    assertThat(written.wordCount()).isBetween(1_700, 2_300);
    assertThat(written.usage().promptTokens()).isEqualTo(9 * 100);
  }

  @Test
  void anUnusableOutlineOrAShortSectionIsRetryableAndNotSaved() {
    assertThatThrownBy(() -> api.saveStep(article, spec, 0, answer("TITLE: Tea\nJust one line")))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> assertThat(f.kind()).isEqualTo(GenerationFailure.Kind.RETRYABLE));
    assertThat(steps()).containsExactly(0);

    api.saveStep(article, spec, 0, answer(outline(8)));
    assertThatThrownBy(() -> api.saveStep(article, spec, 3, answer("## Part 3\n\nToo short.")))
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            f -> assertThat(f.kind()).isEqualTo(GenerationFailure.Kind.RETRYABLE));
    assertThat(steps()).contains(3);
  }
}
