package com.bulkwriter.quality.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * MinHash signatures of an article's word shingles, and their LSH bands. Two articles whose
 * signatures agree on all rows of one band are candidates; only candidates are compared, so a batch
 * of 10,000 articles never needs 50 million comparisons. With 16 bands of 8 rows, articles 80 %
 * similar become candidates 95 % of the time, articles 50 % similar 6 % of the time.
 *
 * <p>Hand-written (about 80 lines) because no kept Java library offers MinHash with LSH banding:
 * java-lsh has had no release since 2017 and Apache DataSketches' sketches estimate set sizes, not
 * banded signatures to look up in a database table.
 */
final class MinHash {

  static final int BANDS = 16;
  static final int ROWS = 8;
  static final int SIZE = BANDS * ROWS;

  /**
   * One seed per hash function; fixed, so that signatures stored yesterday compare with today's.
   */
  private static final long[] SEEDS = new long[SIZE];

  static {
    long seed = 0x5DEECE66DL;
    for (int i = 0; i < SIZE; i++) {
      seed = mix(seed + 0x9E3779B97F4A7C15L);
      SEEDS[i] = seed;
    }
  }

  private MinHash() {}

  /**
   * The signature of the text's shingles ({@code size} words each, folded), or {@code null} when
   * the text has no word.
   */
  static int[] signature(String text, int size) {
    List<String> words = Words.of(Words.fold(text));
    if (words.isEmpty()) {
      return null;
    }
    // each word's bytes once; a shingle's hash runs over them as over the words joined by spaces
    // (the stored signatures' hash), without building the shingle's string
    byte[][] bytes = new byte[words.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
    }
    int[] minima = new int[SIZE];
    Arrays.fill(minima, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - size + 1);
    for (int start = 0; start < shingles; start++) {
      long hash = hash(bytes, start, Math.min(words.size(), start + size));
      // Math.min rather than a compare-and-store lets the JIT vectorise this loop: about five
      // times faster on the development machine, with the same values
      for (int i = 0; i < SIZE; i++) {
        minima[i] = Math.min(minima[i], (int) mix(hash ^ SEEDS[i]) & Integer.MAX_VALUE);
      }
    }
    return minima;
  }

  /** The share of rows on which two signatures agree: an estimate of their shingles' Jaccard. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** One key per band: equal keys mean the band's rows are equal (the band's number included). */
  static long[] bandKeys(int[] signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int row = 0; row < ROWS; row++) {
        key = mix(key * 31 + signature[band * ROWS + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  static String encode(int[] signature) {
    ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
    bytes.asIntBuffer().put(signature);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  static int[] decode(String text) {
    int[] signature = new int[SIZE];
    ByteBuffer.wrap(Base64.getDecoder().decode(text)).asIntBuffer().get(signature);
    return signature;
  }

  /** FNV-1a of the UTF-8 of words {@code from} to {@code to} (exclusive) joined by spaces. */
  private static long hash(byte[][] words, int from, int to) {
    long hash = 0xcbf29ce484222325L;
    for (int w = from; w < to; w++) {
      if (w > from) {
        hash ^= ' ';
        hash *= 0x100000001b3L;
      }
      for (byte b : words[w]) {
        hash ^= b;
        hash *= 0x100000001b3L;
      }
    }
    return hash;
  }

  /** FNV-1a of the shingle's UTF-8: what {@link #signature} computes, kept for the tests. */
  static long hash(String shingle) {
    return hash(new byte[][] {shingle.getBytes(StandardCharsets.UTF_8)}, 0, 1);
  }

  /** SplitMix64's finaliser: spreads every input bit over the whole result. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
