package com.bulkwriter.security.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sign-in state kept per key, bounded in bytes whatever is submitted: keys are stored as 128 bits
 * of their SHA-256 (so a 10 MB username costs 16 bytes), at most {@code capacity} entries are kept
 * (the least recently used go first), and an entry whose {@code expiresAt} has passed is forgotten.
 * Thread-safe; every method holds the lock briefly.
 *
 * @param <V> what is kept per key
 */
final class RecentFailures<V extends RecentFailures.Expiring> {

  /** A value that may be forgotten after a moment in epoch milliseconds. */
  interface Expiring {
    long expiresAt();
  }

  /** 128 bits of a key's SHA-256. */
  record Key(long high, long low) {
    static Key of(String... parts) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String part : parts) {
          sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
        ByteBuffer digest = ByteBuffer.wrap(sha.digest());
        return new Key(digest.getLong(), digest.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every JDK has SHA-256", e);
      }
    }
  }

  private final int capacity;
  private final LinkedHashMap<Key, V> entries;

  RecentFailures(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
            return size() > RecentFailures.this.capacity;
          }
        };
  }

  /** The live entry of {@code key}, or null. */
  synchronized V get(Key key, long now) {
    V value = entries.get(key);
    if (value != null && value.expiresAt() <= now) {
      entries.remove(key);
      return null;
    }
    return value;
  }

  /** Replaces the entry of {@code key} by what {@code change} makes of it (null: none yet). */
  synchronized V update(Key key, long now, Function<V, V> change) {
    forgetExpired(now);
    V changed = change.apply(get(key, now));
    entries.put(key, changed);
    return changed;
  }

  synchronized void remove(Key key) {
    entries.remove(key);
  }

  synchronized int size() {
    return entries.size();
  }

  /** Drops expired entries from the least recently used end, where they gather. */
  private void forgetExpired(long now) {
    Iterator<V> oldest = entries.values().iterator();
    for (int i = 0; i < 16 && oldest.hasNext(); i++) {
      if (oldest.next().expiresAt() <= now) {
        oldest.remove();
      } else {
        return;
      }
    }
  }
}
