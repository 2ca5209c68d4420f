package com.bulkwriter.export.internal;

import com.bulkwriter.support.sql.Database;
import com.bulkwriter.support.sql.NamedQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Archives kept in the database in fixed-size chunks, so every node of a cluster can serve every
 * download, and a byte range is read by fetching only the chunks it touches. Writing and reading
 * each hold one chunk in memory.
 */
@Component
class ArchiveStore {

  private final JdbcClient jdbc;
  private final NamedQueries sql;

  ArchiveStore(JdbcClient jdbc, Database database) {
    this.jdbc = jdbc;
    this.sql = NamedQueries.load("export", database);
  }

  /** A stream that stores what is written as chunks of {@code chunkSize} bytes. */
  ChunkWriter create(UUID exportId, int chunkSize) {
    return new ChunkWriter(exportId, chunkSize);
  }

  /** The archive's bytes from the start; {@link InputStream#skip} jumps without reading. */
  InputStream open(UUID exportId, long size, int chunkSize) {
    return new ChunkReader(exportId, size, chunkSize);
  }

  void delete(UUID exportId) {
    jdbc.sql(sql.get("delete-chunks")).param("id", exportId).update();
  }

  /** Writes chunks as they fill, and knows the size and SHA-256 of everything written. */
  final class ChunkWriter extends OutputStream {

    private final UUID exportId;
    private final byte[] buffer;
    private final MessageDigest digest;
    private int filled;
    private int seq;
    private long size;
    private boolean closed;

    private ChunkWriter(UUID exportId, int chunkSize) {
      this.exportId = exportId;
      this.buffer = new byte[chunkSize];
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every JDK has SHA-256", e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (closed) {
        throw new IOException("The archive is already stored");
      }
      digest.update(bytes, offset, length);
      size += length;
      while (length > 0) {
        int n = Math.min(length, buffer.length - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
        if (filled == buffer.length) {
          store();
        }
      }
    }

    private void store() {
      byte[] chunk = filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
      jdbc.sql(sql.get("insert-chunk"))
          .param("id", exportId)
          .param("seq", seq++)
          .param("data", chunk)
          .update();
      filled = 0;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        if (filled > 0) {
          store();
        }
      }
    }

    long size() {
      return size;
    }

    /** The SHA-256 of the whole archive, in hex; only once it is closed. */
    String sha256() {
      if (!closed) {
        throw new IllegalStateException("The archive is still being written");
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** Reads chunk after chunk; a skip only moves the position, so ranges cost what they cover. */
  private final class ChunkReader extends InputStream {

    private final UUID exportId;
    private final long size;
    private final int chunkSize;
    private long position;
    private byte[] chunk;
    private int chunkSeq = -1;

    private ChunkReader(UUID exportId, long size, int chunkSize) {
      this.exportId = exportId;
      this.size = size;
      this.chunkSize = chunkSize;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position >= size) {
        return -1;
      }
      int seq = (int) (position / chunkSize);
      if (seq != chunkSeq) {
        chunk = load(seq);
        chunkSeq = seq;
      }
      int within = (int) (position - (long) seq * chunkSize);
      int n = Math.min(length, chunk.length - within);
      if (n <= 0) {
        throw new IOException("Chunk " + seq + " of export " + exportId + " is short");
      }
      System.arraycopy(chunk, within, target, offset, n);
      position += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, size - position));
      position += skipped;
      return skipped;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    private byte[] load(int seq) throws IOException {
      return jdbc.sql(sql.get("read-chunk"))
          .param("id", exportId)
          .param("seq", seq)
          .query((rs, n) -> rs.getBytes(1))
          .optional()
          .orElseThrow(() -> new IOException("Export " + exportId + " has no chunk " + seq));
    }
  }
}
