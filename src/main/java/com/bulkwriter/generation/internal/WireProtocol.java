package com.bulkwriter.generation.internal;

import com.bulkwriter.generation.GenerationFailure;
import java.net.http.HttpRequest;
import java.time.Duration;

/** One provider's HTTP dialect: how to ask for a streamed answer and how to read it. */
interface WireProtocol {

  /** Provider name as used in settings, e.g. {@code openai}. */
  String name();

  /** A streaming request for {@code prompt} on {@code model}, with authentication. */
  HttpRequest request(ProviderSettings settings, Prompt prompt, String model);

  /** A fresh reader for one response's server-sent events. */
  StreamReader reader();

  /**
   * What an error status means for us.
   *
   * @param retryAfter what the response's headers asked for; zero when they did not say
   */
  GenerationFailure classify(int status, String body, Duration retryAfter);

  /** Reads one streamed answer event by event. */
  interface StreamReader {

    /**
     * One server-sent event.
     *
     * @param event the {@code event:} name, or {@code null} when the stream names none
     * @throws GenerationFailure when the event reports an error or cannot be read
     */
    void event(String event, String data);

    /** The answer's text so far, for its progress; read before the next event arrives. */
    CharSequence text();

    /**
     * The answer once the stream has ended.
     *
     * @throws GenerationFailure when the stream ended before the answer was complete, or the answer
     *     was refused or cut off
     */
    Completion finish();
  }
}
