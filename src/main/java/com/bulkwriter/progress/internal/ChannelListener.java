package com.bulkwriter.progress.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A relay between nodes: {@code LISTEN}s on one PostgreSQL channel on a connection of its own
 * (taken from the pool for good, reopened after an error) and hands each notification's payload to
 * {@link #heard}, on a daemon thread, from start to stop of the application. What is announced
 * while the connection is broken is not heard; {@link #afterWait} runs after every wait (and every
 * failed attempt), for a relay that polls to make up for that. On H2 (one node) it never starts.
 */
abstract class ChannelListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);

  private final DataSource dataSource;
  private final String channel;
  private final Duration wait;
  private final boolean enabled;
  private volatile Thread thread;

  /**
   * @param wait how long one wait for notifications lasts, and the pause before reconnecting
   * @param enabled whether there are other nodes to listen to (PostgreSQL)
   */
  ChannelListener(DataSource dataSource, String channel, Duration wait, boolean enabled) {
    this.dataSource = dataSource;
    this.channel = channel;
    this.wait = wait;
    this.enabled = enabled;
  }

  /** A notification's payload, on the listening thread. */
  protected abstract void heard(String payload);

  /** After each wait for notifications; nothing unless a relay polls as well. */
  protected void afterWait() {}

  @Override
  public synchronized void start() {
    if (enabled && thread == null) {
      thread = Thread.ofPlatform().name("listen-" + channel).daemon().unstarted(this::listen);
      thread.start();
    }
  }

  @Override
  public synchronized void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }

  private void listen() {
    while (thread == Thread.currentThread()) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + channel);
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (thread == Thread.currentThread()) {
          PGNotification[] notifications = pg.getNotifications((int) wait.toMillis());
          for (int i = 0; notifications != null && i < notifications.length; i++) {
            heard(notifications[i].getParameter());
          }
          afterWait();
        }
      } catch (SQLException | RuntimeException e) {
        if (thread != Thread.currentThread()) {
          return;
        }
        log.warn("Listening on {} failed; reconnecting in {}", channel, wait, e);
        try {
          Thread.sleep(wait);
          afterWait();
        } catch (InterruptedException interrupted) {
          return;
        } catch (RuntimeException failed) {
          log.warn("Polling after a failed LISTEN on {} failed too", channel, failed);
        }
      }
    }
  }
}
