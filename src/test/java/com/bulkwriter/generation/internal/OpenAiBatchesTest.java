package com.bulkwriter.generation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bulkwriter.generation.BatchApi;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How lines of OpenAI's batch output and error files, and its batch objects, are read. */
class OpenAiBatchesTest {

  @Test
  void anAnsweredLineGivesTheTextTheTokensAndTheModel() {
    BatchApi.BatchAnswer answer =
        OpenAiBatches.answer(
            """
            {"id":"batch_req_1","custom_id":"a-1","response":{"status_code":200,"body":{\
            "model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant",\
            "content":"TITLE: T"},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":120,"completion_tokens":480}}},"error":null}""");

    assertThat(answer)
        .isEqualTo(
            new BatchApi.BatchAnswer(
                "a-1", 200, "TITLE: T", 120, 480, "gpt-4o-mini", "stop", null, false));
  }

  @Test
  void anExpiredOrCancelledLineIsNotTheArticlesFaultButAFailedRequestIs() {
    BatchApi.BatchAnswer expired =
        OpenAiBatches.answer(
            """
            {"custom_id":"a-2","response":null,"error":{"code":"batch_expired",\
            "message":"This request could not be executed before the completion window expired."}}""");
    BatchApi.BatchAnswer cancelled =
        OpenAiBatches.answer(
            """
            {"custom_id":"a-3","response":null,"error":{"code":"batch_cancelled","message":"x"}}""");
    BatchApi.BatchAnswer failed =
        OpenAiBatches.answer(
            """
            {"custom_id":"a-4","response":{"status_code":500,"body":{"error":{\
            "message":"The server had an error"}}},"error":null}""");

    assertThat(expired.expired()).isTrue();
    assertThat(expired.error()).contains("completion window");
    assertThat(cancelled.expired()).isTrue();
    assertThat(failed.expired()).isFalse();
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.error()).isEqualTo("The server had an error");
  }

  @Test
  void aBatchObjectGivesItsStateCountsFilesAndExpiry() {
    BatchApi.RemoteBatch running =
        OpenAiBatches.remote(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"id":"batch_1","status":"in_progress","expires_at":1764000000,\
                    "request_counts":{"total":10000,"completed":3400,"failed":20}}"""));
    BatchApi.RemoteBatch ended =
        OpenAiBatches.remote(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"id":"batch_2","status":"expired","output_file_id":"file-9",\
                    "error_file_id":"file-10","request_counts":{"total":3}}"""));

    assertThat(running.state()).isEqualTo(BatchApi.State.RUNNING);
    assertThat(running.completed()).isEqualTo(3400);
    assertThat(running.failed()).isEqualTo(20);
    assertThat(running.expiresAt()).isEqualTo(Instant.ofEpochSecond(1764000000));
    assertThat(running.outputFileId()).isNull();
    assertThat(ended.ended()).isTrue();
    assertThat(ended.providerStatus()).isEqualTo("expired");
    assertThat(ended.outputFileId()).isEqualTo("file-9");
    assertThat(ended.errorFileId()).isEqualTo("file-10");
    assertThat(ended.expiresAt()).isNull();
  }
}
