package com.bulkwriter.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server that speaks the OpenAI chat completions and Anthropic Messages wire protocols,
 * streamed, for tests and benchmarks: it enforces requests and tokens per minute with 429s and the
 * providers' rate-limit headers, takes time to answer, and injects faults on request (500, 503,
 * connection reset, garbage body, truncated stream, 401) or at a random rate. It writes articles of
 * the asked length about the asked keyword, and counts how often each keyword was written.
 */
public final class LlmSimulator implements AutoCloseable {

  /** What a request can be made to suffer. */
  public enum Fault {
    HTTP_500,
    HTTP_503,
    RESET,
    GARBAGE,
    TRUNCATED,
    UNAUTHORIZED,
    MODEL_NOT_FOUND,
    QUOTA,
    CONTENT_FILTER
  }

  /** The window a rate limit is enforced over: 600 per minute as 10 per second, or per minute. */
  public enum Window {
    SECOND,
    MINUTE
  }

  /** The faults a random fault rate draws from: the ones a retry can get past. */
  static final List<Fault> TRANSIENT =
      List.of(Fault.HTTP_500, Fault.HTTP_503, Fault.RESET, Fault.GARBAGE, Fault.TRUNCATED);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern KEYWORD = Pattern.compile("Write an article about: (.+)");
  private static final Pattern WORDS = Pattern.compile("about (\\d+) words");
  private static final Pattern OUTLINE =
      Pattern.compile("Write the outline of an article about: (.+)");
  private static final Pattern SECTION =
      Pattern.compile("Write one section of an article about: (.+)");
  private static final Pattern SECTIONS = Pattern.compile("in exactly (\\d+) sections");
  private static final Pattern THIS_SECTION =
      Pattern.compile("This section: ## (.+?) \\(section (\\d+) of");

  private final HttpServer server;
  private final String apiKey;
  private final int requestsPerMinute;
  private final int tokensPerMinute;
  private final SimulatedLimits limits;
  private final Queue<Fault> scripted = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
  private final Queue<String> prompts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private final AtomicInteger faults = new AtomicInteger();
  private final AtomicInteger passBeforeScripted = new AtomicInteger();
  private final AtomicLong billedCompletionTokens = new AtomicLong();
  private final AtomicLong chargedTokens = new AtomicLong();
  private final Queue<Long> admittedAt = new ConcurrentLinkedQueue<>();
  private final AtomicInteger answering = new AtomicInteger();
  private final Queue<Long> answerNanos = new ConcurrentLinkedQueue<>();
  private volatile Duration latency = Duration.ZERO;
  private volatile Duration answerTime = Duration.ZERO;
  private volatile boolean announceLimits = true;
  private volatile Duration pace = Duration.ZERO;
  private volatile double faultRate;
  private volatile boolean keyRevoked;
  private final BatchBehaviour behaviour = new BatchBehaviour();
  private final SimulatedBatches batches = new SimulatedBatches(this::writeInBatch, behaviour);
  private final SimulatedMessageBatches messageBatches =
      new SimulatedMessageBatches(this::writeInBatch, behaviour);

  private LlmSimulator(String apiKey, int requestsPerMinute, int tokensPerMinute, Window window) {
    this.apiKey = apiKey;
    this.requestsPerMinute = requestsPerMinute;
    this.tokensPerMinute = tokensPerMinute;
    this.limits = new SimulatedLimits(requestsPerMinute, tokensPerMinute, window);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/v1/chat/completions", exchange -> handle(exchange, Protocol.OPENAI));
    server.createContext("/v1/messages", exchange -> handle(exchange, Protocol.ANTHROPIC));
    server.createContext("/v1/files", exchange -> batchApi(exchange, batches::files));
    server.createContext("/v1/batches", exchange -> batchApi(exchange, batches::batches));
    server.createContext("/v1/messages/batches", this::messageBatchApi);
    server.start();
  }

  /** A simulator that accepts {@code apiKey} and enforces the given limits. */
  public static LlmSimulator start(String apiKey, int requestsPerMinute, int tokensPerMinute) {
    return new LlmSimulator(apiKey, requestsPerMinute, tokensPerMinute, Window.SECOND);
  }

  /** A simulator whose limits are enforced over {@code window}. */
  public static LlmSimulator start(
      String apiKey, int requestsPerMinute, int tokensPerMinute, Window window) {
    return new LlmSimulator(apiKey, requestsPerMinute, tokensPerMinute, window);
  }

  /** The base URL to configure, e.g. {@code http://127.0.0.1:41234/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /**
   * The settings that point a node's OpenAI-compatible provider at this simulator, with its key and
   * limits, plus {@code more} (name, value, name, value …).
   */
  public Map<String, Object> openAiSettings(Object... more) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("bulkwriter.openai.base-url", baseUrl());
    settings.put("bulkwriter.openai.api-key", apiKey);
    settings.put("bulkwriter.openai.requests-per-minute", String.valueOf(requestsPerMinute));
    settings.put("bulkwriter.openai.tokens-per-minute", String.valueOf(tokensPerMinute));
    for (int i = 0; i + 1 < more.length; i += 2) {
      settings.put(String.valueOf(more[i]), String.valueOf(more[i + 1]));
    }
    return settings;
  }

  public LlmSimulator latency(Duration latency) {
    this.latency = latency;
    return this;
  }

  /**
   * How long a whole answer takes, as a real provider's: the headers come after a short time to the
   * first token (a tenth of it, at most 100 ms), the rest is spent streaming the parts.
   */
  public LlmSimulator answerTime(Duration answerTime) {
    this.answerTime = answerTime;
    return this;
  }

  /**
   * Whether answers carry the rate-limit headers ({@code x-ratelimit-*}, {@code
   * anthropic-ratelimit-*}: limits, what remains, resets), as real providers do; without them (some
   * OpenAI-compatible servers) a client only learns the limits from 429s, which still carry {@code
   * retry-after}.
   */
  public LlmSimulator announceLimits(boolean announce) {
    this.announceLimits = announce;
    return this;
  }

  /** The median time a complete answer took, from request to its last byte; zero before any. */
  public Duration medianAnswerTime() {
    List<Long> sorted = answerNanos.stream().sorted().toList();
    return sorted.isEmpty() ? Duration.ZERO : Duration.ofNanos(sorted.get(sorted.size() / 2));
  }

  /** Time between two of the eight parts an answer is streamed in, as a model's typing takes. */
  public LlmSimulator pace(Duration betweenParts) {
    this.pace = betweenParts;
    return this;
  }

  /** Share of admitted requests (0–1) that get a random transient fault. */
  public LlmSimulator faultRate(double rate) {
    this.faultRate = rate;
    return this;
  }

  /** The next admitted requests suffer these faults, in order. */
  public LlmSimulator failNext(Fault... next) {
    scripted.addAll(List.of(next));
    return this;
  }

  /** The next {@code passing} admitted requests are answered, then these faults, in order. */
  public LlmSimulator failAfter(int passing, Fault... next) {
    passBeforeScripted.set(passing);
    scripted.addAll(List.of(next));
    return this;
  }

  /** Output tokens billed for complete answers (faults bill nothing). */
  public long billedCompletionTokens() {
    return billedCompletionTokens.get();
  }

  /** When each admitted request came ({@link System#nanoTime()}), in order of admission. */
  public List<Long> admittedAt() {
    return List.copyOf(admittedAt);
  }

  /** Tokens charged against the limit for admitted requests: prompt + {@code max_tokens} each. */
  public long chargedTokens() {
    return chargedTokens.get();
  }

  /** While revoked, every request is answered 401. */
  public LlmSimulator revokeKey(boolean revoked) {
    this.keyRevoked = revoked;
    return this;
  }

  /**
   * Every admitted request as received, in order: its JSON body with the line breaks of the prompts
   * unescaped, so a test can look for the lines a prompt should hold.
   */
  public List<String> prompts() {
    return List.copyOf(prompts);
  }

  public int requests() {
    return requests.get();
  }

  public int rateLimited() {
    return rateLimited.get();
  }

  public int faults() {
    return faults.get();
  }

  /**
   * Complete answers for {@code keyword}: whole articles; a long article's steps count as {@code
   * "outline: <keyword>"} and {@code "section <n>: <keyword>"}.
   */
  public int written(String keyword) {
    AtomicInteger count = written.get(keyword);
    return count == null ? 0 : count.get();
  }

  public Map<String, AtomicInteger> allWritten() {
    return written;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // --- the batch APIs (economy mode): OpenAI's Files and Batch APIs, see SimulatedBatches, and
  // Anthropic's Message Batches, see SimulatedMessageBatches; both behave as BatchBehaviour says
  // ---

  /** How long a provider batch works before it ends (zero: it ends at the first look). */
  public LlmSimulator batchTime(Duration time) {
    behaviour.batchTime(time);
    return this;
  }

  /** Provider batches expire after answering their first {@code answered} requests. */
  public LlmSimulator batchesExpireAfter(int answered) {
    behaviour.expireAfter(answered);
    return this;
  }

  /** Provider batches complete (the default). */
  public LlmSimulator batchesComplete() {
    behaviour.complete();
    return this;
  }

  /**
   * Every {@code n}-th request of a provider batch fails with a 500 (OpenAI: in its error file;
   * Anthropic: an {@code errored} result of type {@code api_error}); 0: none.
   */
  public LlmSimulator failEveryBatchLine(int n) {
    behaviour.failEvery(n);
    return this;
  }

  /** The next {@code n} uploads are stored, but the connection drops before the answer. */
  public LlmSimulator dropAfterUpload(int n) {
    batches.dropNextUploads(n);
    return this;
  }

  /** The next {@code n} batch creates are done, but the connection drops before the answer. */
  public LlmSimulator dropAfterCreate(int n) {
    behaviour.dropNextCreates(n);
    return this;
  }

  /** Files uploaded to the Files API so far. */
  public int uploads() {
    return batches.uploads();
  }

  /** Provider batches created so far. */
  public int batchesCreated() {
    return batches.creates() + messageBatches.creates();
  }

  /** Provider batches asked to cancel so far. */
  public int batchesCancelled() {
    return batches.cancelled() + messageBatches.cancelled();
  }

  /**
   * Provider batches created for each intent (OpenAI: from their metadata; Anthropic: as their
   * custom_ids name it).
   */
  public Map<String, Integer> batchesPerIntent() {
    Map<String, Integer> per = new HashMap<>(batches.batchesPerIntent());
    messageBatches.batchesPerIntent().forEach((intent, n) -> per.merge(intent, n, Integer::sum));
    return per;
  }

  /** Requests in all provider batches created so far. */
  public int requestsInBatches() {
    return batches.requestsInBatches() + messageBatches.requests();
  }

  /** The requests of each provider batch created so far, in the order they were created. */
  public List<Integer> requestsPerBatch() {
    List<Integer> sizes = new ArrayList<>(batches.sizes());
    sizes.addAll(messageBatches.sizes());
    return sizes;
  }

  private void batchApi(HttpExchange exchange, Handler handler) throws IOException {
    try (exchange) {
      String key = exchange.getRequestHeaders().getFirst("Authorization");
      if (keyRevoked || !("Bearer " + apiKey).equals(key)) {
        error(exchange, 401, "invalid_api_key", "Incorrect API key provided");
        return;
      }
      handler.handle(exchange);
    }
  }

  private void messageBatchApi(HttpExchange exchange) throws IOException {
    try (exchange) {
      String key = exchange.getRequestHeaders().getFirst("x-api-key");
      if (keyRevoked || !apiKey.equals(key)) {
        error(exchange, 401, "authentication_error", "invalid x-api-key");
        return;
      }
      if (exchange.getRequestHeaders().getFirst("anthropic-version") == null) {
        error(exchange, 400, "invalid_request_error", "anthropic-version: header is required");
        return;
      }
      messageBatches.handle(exchange);
    }
  }

  @FunctionalInterface
  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** The answer to one request of a provider batch; counted as written when {@code count}. */
  private String writeInBatch(JsonNode body, boolean count) {
    String prompt = body.toString();
    Written answer =
        Written.of(prompt.replace("\\n", "\n"), Integer.parseInt(match(WORDS, prompt, "300")));
    if (count) {
      written.computeIfAbsent(answer.keyword(), k -> new AtomicInteger()).incrementAndGet();
      billedCompletionTokens.addAndGet(Math.round(answer.text().length() / 4.0));
    }
    return answer.text();
  }

  /**
   * The answer to a prompt, in batches as in realtime: an outline, a section or a whole article,
   * and the key it counts as written under (see {@link #written}).
   */
  private record Written(String keyword, String text) {
    static Written of(String text, int words) {
      if (OUTLINE.matcher(text).find()) {
        return new Written(
            "outline: " + match(OUTLINE, text, "article"),
            Articles.outline(
                match(OUTLINE, text, "article"), Integer.parseInt(match(SECTIONS, text, "4"))));
      }
      if (SECTION.matcher(text).find()) {
        Matcher section = THIS_SECTION.matcher(text);
        section.find();
        return new Written(
            "section " + section.group(2) + ": " + match(SECTION, text, "article"),
            Articles.section(match(SECTION, text, "article"), section.group(1), words));
      }
      String keyword = match(KEYWORD, text, "article");
      return new Written(keyword, Articles.answer(keyword, words));
    }
  }

  private enum Protocol {
    OPENAI,
    ANTHROPIC
  }

  private void handle(HttpExchange exchange, Protocol protocol) throws IOException {
    long received = System.nanoTime();
    try (exchange) {
      requests.incrementAndGet();
      String key =
          protocol == Protocol.OPENAI
              ? exchange.getRequestHeaders().getFirst("Authorization")
              : exchange.getRequestHeaders().getFirst("x-api-key");
      String expected = protocol == Protocol.OPENAI ? "Bearer " + apiKey : apiKey;
      if (keyRevoked || !expected.equals(key)) {
        error(exchange, 401, "invalid_api_key", "Incorrect API key provided");
        return;
      }
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String prompt = request.toString();
      long maxTokens = request.path("max_tokens").asLong(1000);
      long promptTokens = promptTokens(request);
      long estimate = promptTokens + maxTokens;
      long waitNanos = limits.admit(estimate);
      if (waitNanos > 0) {
        rateLimited.incrementAndGet();
        tooMany(exchange, waitNanos);
        return;
      }
      chargedTokens.addAndGet(estimate);
      admittedAt.add(received);
      answering.incrementAndGet();
      try {
        answer(exchange, protocol, request, prompt, promptTokens, received);
      } finally {
        answering.decrementAndGet();
      }
    }
  }

  /** Requests being answered right now. */
  public int answering() {
    return answering.get();
  }

  private void answer(
      HttpExchange exchange,
      Protocol protocol,
      JsonNode request,
      String prompt,
      long promptTokens,
      long received)
      throws IOException {
    Fault fault =
        passBeforeScripted.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? null : scripted.poll();
    if (fault == null && faultRate > 0 && ThreadLocalRandom.current().nextDouble() < faultRate) {
      fault = TRANSIENT.get(ThreadLocalRandom.current().nextInt(TRANSIENT.size()));
    }
    if (fault != null) {
      faults.incrementAndGet();
    }
    Duration whole = answerTime;
    Duration firstToken = whole.isZero() ? latency.dividedBy(2) : min(whole.dividedBy(10), 100);
    Duration betweenParts = whole.isZero() ? pace : whole.minus(firstToken).dividedBy(8);
    sleep(firstToken);
    String text = prompt.replace("\\n", "\n");
    prompts.add(text);
    int words = Integer.parseInt(match(WORDS, prompt, "300"));
    Written reply = Written.of(text, words);
    String keyword = reply.keyword();
    String answer = reply.text();
    long outputTokens = Math.round(answer.length() / 4.0);
    if (fault != null && fail(exchange, fault, protocol, answer)) {
      return;
    }
    rateHeaders(exchange);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    List<String> chunks = chunks(answer, 8);
    for (int i = 0; i < chunks.size(); i++) {
      if (i > 0) {
        sleep(betweenParts);
      }
      send(out, protocol, i == 0, chunks.get(i), promptTokens);
      if (i == chunks.size() / 2 && whole.isZero()) {
        sleep(latency.dividedBy(2));
      }
    }
    if (!whole.isZero()) {
      sleep(betweenParts);
    }
    finish(out, protocol, promptTokens, outputTokens);
    answerNanos.add(System.nanoTime() - received);
    billedCompletionTokens.addAndGet(outputTokens);
    written.computeIfAbsent(keyword, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Sends the fault; false when the fault only shows at the end (a refused answer). */
  private boolean fail(HttpExchange exchange, Fault fault, Protocol protocol, String answer)
      throws IOException {
    switch (fault) {
      case HTTP_500 -> error(exchange, 500, "server_error", "The server had an error");
      case HTTP_503 -> error(exchange, 503, "overloaded", "The engine is overloaded");
      case UNAUTHORIZED -> error(exchange, 401, "invalid_api_key", "Incorrect API key provided");
      case MODEL_NOT_FOUND -> error(exchange, 404, "model_not_found", "The model does not exist");
      case QUOTA -> error(exchange, 429, "insufficient_quota", "You exceeded your current quota");
      case RESET -> {
        // announce a body and close the connection before any of it: the client sees a reset
        exchange.sendResponseHeaders(200, 100_000);
        exchange.getResponseBody().flush();
      }
      case GARBAGE -> {
        byte[] html = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, html.length);
        exchange.getResponseBody().write(html);
      }
      case TRUNCATED -> {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        send(
            exchange.getResponseBody(),
            protocol,
            true,
            answer.substring(0, Math.min(200, answer.length() / 2)),
            10);
      }
      case CONTENT_FILTER -> {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        if (protocol == Protocol.OPENAI) {
          event(out, null, "{\"choices\":[{\"delta\":{},\"finish_reason\":\"content_filter\"}]}");
          event(out, null, "[DONE]");
        } else {
          send(out, protocol, true, "", 10);
          event(out, "message_delta", "{\"delta\":{\"stop_reason\":\"refusal\"},\"usage\":{}}");
          event(out, "message_stop", "{}");
        }
      }
    }
    return true;
  }

  private void tooMany(HttpExchange exchange, long waitNanos) throws IOException {
    long millis = Math.max(1, waitNanos / 1_000_000);
    var headers = exchange.getResponseHeaders();
    headers.set("retry-after-ms", String.valueOf(millis));
    headers.set("retry-after", String.valueOf(Math.max(1, (millis + 999) / 1000)));
    rateHeaders(exchange);
    error(
        exchange, 429, "rate_limit_exceeded", "Rate limit reached, try again in " + millis + "ms");
  }

  /**
   * The rate-limit headers both providers send on every answer: OpenAI's {@code x-ratelimit-*}
   * (resets as durations) and Anthropic's {@code anthropic-ratelimit-*} (resets as RFC 3339 times).
   * The limits are per minute; what remains is what the enforcement window holds now.
   */
  private void rateHeaders(HttpExchange exchange) {
    if (!announceLimits) {
      return;
    }
    var headers = exchange.getResponseHeaders();
    long requestsReset = limits.requestsResetMillis();
    long tokensReset = limits.tokensResetMillis();
    headers.set("x-ratelimit-limit-requests", String.valueOf(limits.requestsPerMinute()));
    headers.set("x-ratelimit-limit-tokens", String.valueOf(limits.tokensPerMinute()));
    headers.set("anthropic-ratelimit-requests-limit", String.valueOf(limits.requestsPerMinute()));
    headers.set("anthropic-ratelimit-tokens-limit", String.valueOf(limits.tokensPerMinute()));
    headers.set("x-ratelimit-remaining-requests", String.valueOf(limits.remainingRequests()));
    headers.set("x-ratelimit-remaining-tokens", String.valueOf(limits.remainingTokens()));
    headers.set("x-ratelimit-reset-requests", requestsReset + "ms");
    headers.set("x-ratelimit-reset-tokens", tokensReset + "ms");
    headers.set(
        "anthropic-ratelimit-requests-remaining", String.valueOf(limits.remainingRequests()));
    headers.set("anthropic-ratelimit-tokens-remaining", String.valueOf(limits.remainingTokens()));
    Instant now = Instant.now();
    headers.set("anthropic-ratelimit-requests-reset", now.plusMillis(requestsReset).toString());
    headers.set("anthropic-ratelimit-tokens-reset", now.plusMillis(tokensReset).toString());
  }

  /**
   * Prompt tokens as a provider's tokenizer would count them, roughly: four characters of the
   * messages (and Anthropic's system prompt) a token, plus the framing.
   */
  private static long promptTokens(JsonNode request) {
    long characters = request.path("system").asString("").length();
    for (JsonNode message : request.path("messages")) {
      characters += message.path("content").asString("").length();
    }
    return characters / 4 + 16;
  }

  private static Duration min(Duration duration, long millis) {
    return duration.compareTo(Duration.ofMillis(millis)) < 0 ? duration : Duration.ofMillis(millis);
  }

  private static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    byte[] body =
        JSON.writeValueAsBytes(
            Map.of("error", Map.of("message", message, "type", code, "code", code)));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void send(
      OutputStream out, Protocol protocol, boolean first, String text, long promptTokens)
      throws IOException {
    if (protocol == Protocol.OPENAI) {
      event(
          out,
          null,
          JSON.writeValueAsString(
              Map.of("choices", List.of(Map.of("index", 0, "delta", Map.of("content", text))))));
      return;
    }
    if (first) {
      event(
          out,
          "message_start",
          JSON.writeValueAsString(
              Map.of(
                  "type",
                  "message_start",
                  "message",
                  Map.of("usage", Map.of("input_tokens", promptTokens, "output_tokens", 1)))));
    }
    event(
        out,
        "content_block_delta",
        JSON.writeValueAsString(
            Map.of(
                "type",
                "content_block_delta",
                "delta",
                Map.of("type", "text_delta", "text", text))));
  }

  private static void finish(
      OutputStream out, Protocol protocol, long promptTokens, long outputTokens)
      throws IOException {
    if (protocol == Protocol.OPENAI) {
      event(out, null, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
      event(
          out,
          null,
          JSON.writeValueAsString(
              Map.of(
                  "choices",
                  List.of(),
                  "usage",
                  Map.of("prompt_tokens", promptTokens, "completion_tokens", outputTokens))));
      event(out, null, "[DONE]");
    } else {
      event(
          out,
          "message_delta",
          "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
              + "\"usage\":{\"output_tokens\":"
              + outputTokens
              + "}}");
      event(out, "message_stop", "{\"type\":\"message_stop\"}");
    }
  }

  private static void event(OutputStream out, String name, String data) throws IOException {
    String event = (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n";
    out.write(event.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static List<String> chunks(String text, int count) {
    List<String> chunks = new ArrayList<>();
    int size = Math.max(1, text.length() / count);
    for (int i = 0; i < text.length(); i += size) {
      chunks.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return chunks;
  }

  private static String match(Pattern pattern, String text, String fallback) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1).strip() : fallback;
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The articles the simulator writes, in the format the prompt asks for. */
  static final class Articles {
    private Articles() {}

    static String outline(String keyword, int sections) {
      StringBuilder outline = new StringBuilder();
      outline.append("TITLE: A Long Guide to ").append(keyword).append('\n');
      outline.append("SLUG: long-").append(keyword.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
      outline.append("\nMETA: All about ").append(keyword).append(", step by step.\n---\n");
      for (int i = 1; i <= sections; i++) {
        outline.append("## Chapter ").append(i).append('\n');
      }
      return outline.toString();
    }

    /** A section of about {@code words} words, in paragraphs of four sentences. */
    static String section(String keyword, String heading, int words) {
      StringBuilder section = new StringBuilder("## ").append(heading).append("\n\n");
      int sentences = 0;
      while (com.bulkwriter.generation.Words.count(section.toString()) < words) {
        section.append("This part about ").append(keyword).append(" adds detail.");
        section.append(++sentences % 4 == 0 ? "\n\n" : " ");
      }
      return section.toString();
    }

    static String answer(String keyword, int words) {
      StringBuilder body = new StringBuilder();
      String title = "A Guide to " + keyword;
      body.append("TITLE: ").append(title).append('\n');
      body.append("SLUG: ")
          .append(keyword.toLowerCase().replaceAll("[^a-z0-9]+", "-"))
          .append('\n');
      body.append("META: Everything you need to know about ").append(keyword).append(".\n");
      body.append("---\n# ").append(title).append('\n');
      int written = 4;
      int section = 1;
      while (written < words) {
        body.append("## Part ").append(section++).append('\n');
        written += 2;
        int sentences = 0;
        while (written < words && sentences++ < 10) {
          body.append("This sentence about ").append(keyword).append(" adds detail. ");
          written += 5 + keyword.split("\\s+").length;
        }
        body.append('\n');
      }
      return body.toString();
    }
  }
}
