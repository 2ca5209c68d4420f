package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.BatchApi;
import com.bulkwriter.generation.GeneratedArticle;
import com.bulkwriter.support.LlmSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anthropic's Message Batches against the simulator's: the create streamed from the request file, a
 * batch found again in the list by what the intent determines, results read line by line.
 */
class AnthropicBatchesTest {

  private static final String KEY = "sk-ant-batches";

  private final LlmSimulator simulator = LlmSimulator.start(KEY, 6_000, 10_000_000);
  private final AnthropicBatches api = batches(simulator);

  @TempDir Path directory;

  @AfterEach
  void stop() {
    simulator.close();
  }

  private static AnthropicBatches batches(LlmSimulator simulator) {
    var settings =
        new AnthropicProperties(
            URI.create(simulator.baseUrl()),
            KEY,
            "claude-3-5-haiku-latest",
            null,
            0,
            0,
            0,
            Duration.ofSeconds(10));
    var properties = new GenerationProperties(null, null, null, null, null, null, null, null, null);
    return new AnthropicBatches(
        settings,
        properties,
        new BatchHttp(
            HttpClient.newHttpClient(),
            "Anthropic",
            "bulkwriter.anthropic",
            Duration.ofSeconds(10)),
        article -> StepLog.inMemory());
  }

  private Path requests(String... keywords) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < keywords.length; i++) {
      lines.add(api.requestLine("req-" + i, LlmProviderTest.spec(keywords[i], 200)));
    }
    Path file = directory.resolve("requests.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theRequestFileIsStreamedAsTheBodyOfTheCreate() throws IOException {
    Path file = requests("one", "two");
    String body;
    try (InputStream in = RequestsBody.open(file, Files.size(file) - 1)) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var json = JsonMapper.builder().build().readTree(body);
    assertThat(json.path("requests").size()).isEqualTo(2);
    assertThat(json.path("requests").get(1).path("custom_id").asString()).isEqualTo("req-1");
    assertThat(json.path("requests").get(0).path("params").path("model").asString())
        .isEqualTo("claude-3-5-haiku-latest");
    assertThat(body.length() + 0L).isEqualTo(Files.size(file) - 1 + RequestsBody.ENVELOPE_BYTES);
  }

  @Test
  void aBatchIsCreatedPolledFoundAgainAndItsResultsReadLineByLine() throws IOException {
    simulator.failEveryBatchLine(3);
    Instant intentStored = Instant.now();
    String id = api.create(null, requests("alpha", "beta", "gamma"), "intent-1");

    BatchApi.SentBatch sent = new BatchApi.SentBatch("intent-1", 3, intentStored, other -> false);
    assertThat(api.findBatch(sent)).contains(id);
    // taken by another intent, or another number of requests: not this one
    assertThat(api.findBatch(new BatchApi.SentBatch("i", 3, intentStored, id::equals))).isEmpty();
    assertThat(api.findBatch(new BatchApi.SentBatch("i", 4, intentStored, other -> false)))
        .isEmpty();
    assertThat(
            api.findBatch(
                new BatchApi.SentBatch("i", 3, Instant.now().plusSeconds(3600), other -> false)))
        .isEmpty();

    BatchApi.RemoteBatch remote = api.retrieve(id);
    assertThat(remote.ended()).isTrue();
    assertThat(remote.total()).isEqualTo(3);
    assertThat(remote.completed()).isEqualTo(2);
    assertThat(remote.failed()).isEqualTo(1);
    assertThat(remote.outputFileId()).endsWith("/messages/batches/" + id + "/results");

    List<BatchApi.BatchAnswer> answers = new ArrayList<>();
    api.answers(remote, answers::add);
    assertThat(answers)
        .extracting(BatchApi.BatchAnswer::customId)
        .containsExactly("req-0", "req-1", "req-2");
    assertThat(answers.get(2).error()).contains("api_error");
    assertThat(answers.get(2).status()).isEqualTo(500);
    GeneratedArticle article = api.article(LlmProviderTest.spec("alpha", 200), answers.get(0));
    assertThat(article.usage().completionTokens()).isPositive();
    assertThat(simulator.written("alpha")).isEqualTo(1);
  }

  @Test
  void anExpiredOrCanceledResultGoesBackWithoutBlameAnErroredOneAsTheProviderSays() {
    var expired =
        AnthropicBatches.answer(
            """
            {"custom_id":"a-1","result":{"type":"expired"}}""");
    var canceled =
        AnthropicBatches.answer(
            """
            {"custom_id":"a-2","result":{"type":"canceled"}}""");
    var refused =
        AnthropicBatches.answer(
            """
            {"custom_id":"a-3","result":{"type":"errored","error":{"type":"error",\
            "error":{"type":"invalid_request_error","message":"max_tokens: too large"}}}}""");
    var cut =
        AnthropicBatches.answer(
            """
            {"custom_id":"a-4","result":{"type":"succeeded","message":{"model":"claude-x",\
            "content":[{"type":"text","text":"TITLE: T"}],"stop_reason":"max_tokens",\
            "usage":{"input_tokens":10,"output_tokens":20}}}}""");

    assertThat(expired.expired()).isTrue();
    assertThat(canceled.expired()).isTrue();
    assertThat(refused.expired()).isFalse();
    assertThat(refused.status()).isEqualTo(400);
    assertThat(cut.finishReason()).isEqualTo("length");
    assertThat(cut.promptTokens()).isEqualTo(10);
    assertThat(cut.model()).isEqualTo("claude-x");
  }

  @Test
  void aBatchBeingCancelledEndsWithItsUnfinishedRequestsCanceled() throws IOException {
    simulator.batchTime(Duration.ofSeconds(30));
    String id = api.create(null, requests("one", "two"), "intent-2");
    assertThat(api.retrieve(id).state()).isEqualTo(BatchApi.State.RUNNING);

    api.cancel(id);

    BatchApi.RemoteBatch ended = api.retrieve(id);
    assertThat(ended.ended()).isTrue();
    List<BatchApi.BatchAnswer> answers = new ArrayList<>();
    api.answers(ended, answers::add);
    assertThat(answers).allMatch(BatchApi.BatchAnswer::expired);
  }
}
