package com.bulkwriter.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.bulkwriter.support.Api;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sites and publish jobs over the real HTTP API, as a user's script would use them. */
public final class PublishingClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Api api;

  public PublishingClient(Api api) {
    this.api = api;
  }

  public Api api() {
    return api;
  }

  /** Connects a site and answers its id. */
  public String connect(String url, String username, String password) {
    Api.Response created =
        api.post(
            "/api/sites",
            "application/json",
            JSON.writeValueAsString(
                Map.of(
                    "name", "Test site",
                    "url", url,
                    "username", username,
                    "applicationPassword", password)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").stringValue();
  }

  public Api.Response change(String siteId, String body) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/sites/" + siteId))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public JsonNode test(String siteId) {
    Api.Response check = api.post("/api/sites/" + siteId + "/test");
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    return check.json();
  }

  /** Starts a publish job (the body is JSON) and answers the response. */
  public Api.Response start(String body) {
    return api.post("/api/publish-jobs", "application/json", body);
  }

  /** Starts a publish job that must be accepted, and answers its id. */
  public String publish(String body) {
    Api.Response started = start(body);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return started.json().get("id").stringValue();
  }

  public JsonNode job(String jobId) {
    return api.get("/api/publish-jobs/" + jobId).json();
  }

  /** Waits until the job is in {@code status} and answers it. */
  public JsonNode awaitStatus(String jobId, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> job(jobId).get("status").stringValue(), status::equals);
    return job(jobId);
  }

  /** Every publication of the batch. */
  public JsonNode publications(String batchId) {
    Api.Response list = api.get("/api/publications/batches/" + batchId);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json();
  }
}
