package com.bulkwriter.generation.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * The body {@code {"requests":[line,line,...]}} of a batch create, streamed from a file of request
 * lines (one JSON object a line, each ending in a line break): the line breaks become commas, the
 * last one is left out. Its length is known up front, and the file is never held in memory.
 */
final class RequestsBody {

  private static final byte[] HEAD = "{\"requests\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAIL = "]}".getBytes(StandardCharsets.US_ASCII);

  /** Bytes the envelope adds to the request lines. */
  static final int ENVELOPE_BYTES = HEAD.length + TAIL.length;

  private RequestsBody() {}

  static HttpRequest.BodyPublisher of(Path requests) {
    long size;
    try {
      size = Files.size(requests);
    } catch (IOException e) {
      throw new UncheckedIOException("The request file " + requests + " is gone", e);
    }
    // every line ends in a line break: the last one is dropped, the others become commas
    long lines = Math.max(0, size - 1);
    return HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(() -> open(requests, lines)),
        HEAD.length + lines + TAIL.length);
  }

  static InputStream open(Path requests, long lines) {
    InputStream file;
    try {
      file = Files.newInputStream(requests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InputStream body = new Commas(new Bounded(file, lines));
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(new ByteArrayInputStream(HEAD), body, new ByteArrayInputStream(TAIL))));
  }

  /** Line breaks become commas. */
  private static final class Commas extends FilterInputStream {
    Commas(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      return b == '\n' ? ',' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '\n') {
          buffer[i] = ',';
        }
      }
      return n;
    }
  }

  /** The first {@code limit} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
