package com.bulkwriter.webhooks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes one signed HTTP attempt. Follows no redirect (a 3xx is a failed attempt: the endpoint must
 * name its final URL), uses no proxy from the environment, connects only through {@link
 * Destinations} (the SSRF rule, checked on the address actually connected to), and gives up after
 * connect-timeout + request-timeout however slowly the endpoint answers.
 */
@Component
class WebhookSender implements DisposableBean {

  private final CloseableHttpClient client;
  private final WebhookProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("webhook-deadlines").daemon().factory());

  WebhookSender(Destinations destinations, WebhookProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(destinations)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                            .setSocketTimeout(Timeout.of(properties.requestTimeout()))
                            .build())
                    .setMaxConnTotal(properties.concurrency() * 2)
                    .setMaxConnPerRoute(properties.concurrency())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(properties.requestTimeout()))
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .setUserAgent("Bulkwriter-Webhooks/1")
            .build();
  }

  /** Sends {@code body} to {@code url}, signed with {@code secret}; never throws. */
  Delivery.Attempt send(String url, String secret, String webhookId, String body, int attempt) {
    Instant start = clock.instant();
    long started = System.nanoTime();
    long timestamp = start.getEpochSecond();
    HttpPost post;
    try {
      post = new HttpPost(url);
    } catch (IllegalArgumentException e) {
      return new Delivery.Attempt(attempt, start, null, 0, "Not a URL: " + e.getMessage(), null);
    }
    post.setHeader("webhook-id", webhookId);
    post.setHeader("webhook-timestamp", Long.toString(timestamp));
    post.setHeader("webhook-signature", Signatures.sign(secret, webhookId, timestamp, body));
    post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            post::cancel,
            properties.connectTimeout().plus(properties.requestTimeout()).toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return client.execute(
          post,
          response -> {
            String excerpt = excerpt(response.getEntity());
            return new Delivery.Attempt(
                attempt,
                start,
                response.getCode(),
                elapsed(started),
                response.getCode() >= 300 && response.getCode() < 400
                    ? "Redirects are not followed; register the final URL"
                    : null,
                excerpt);
          });
    } catch (IOException | RuntimeException e) {
      String why =
          post.isCancelled()
              ? "No answer within " + properties.connectTimeout().plus(properties.requestTimeout())
              : e.getClass().getSimpleName() + ": " + e.getMessage();
      return new Delivery.Attempt(attempt, start, null, elapsed(started), why, null);
    } finally {
      deadline.cancel(false);
    }
  }

  private String excerpt(HttpEntity entity) throws IOException {
    if (entity == null || properties.responseExcerpt() == 0) {
      return null;
    }
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readNBytes(properties.responseExcerpt() * 4);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.length() <= properties.responseExcerpt()
          ? text
          : text.substring(0, properties.responseExcerpt());
    }
  }

  private static long elapsed(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Override
  public void destroy() throws IOException {
    deadlines.shutdownNow();
    client.close();
  }
}
