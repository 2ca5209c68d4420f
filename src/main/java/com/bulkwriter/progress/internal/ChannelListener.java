package com.bulkwriter.progress.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN}s on one PostgreSQL channel on a connection of its own (taken from the pool for
 * good, reopened after an error) and hands each notification's payload over, on a daemon thread.
 * What is announced while the connection is broken is not heard; {@code afterWait} runs after every
 * wait (and every failed attempt), for a user that polls to make up for that.
 */
final class ChannelListener {

  private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);

  private final DataSource dataSource;
  private final String channel;
  private final Duration wait;
  private final Consumer<String> heard;
  private final Runnable afterWait;
  private volatile Thread thread;

  /**
   * @param wait how long one wait for notifications lasts, and the pause before reconnecting
   */
  ChannelListener(
      DataSource dataSource,
      String channel,
      Duration wait,
      Consumer<String> heard,
      Runnable afterWait) {
    this.dataSource = dataSource;
    this.channel = channel;
    this.wait = wait;
    this.heard = heard;
    this.afterWait = afterWait;
  }

  synchronized void start() {
    if (thread == null) {
      thread = Thread.ofPlatform().name("listen-" + channel).daemon().unstarted(this::listen);
      thread.start();
    }
  }

  synchronized void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
    }
  }

  boolean isRunning() {
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
            heard.accept(notifications[i].getParameter());
          }
          afterWait.run();
        }
      } catch (SQLException | RuntimeException e) {
        if (thread != Thread.currentThread()) {
          return;
        }
        log.warn("Listening on {} failed; reconnecting in {}", channel, wait, e);
        try {
          Thread.sleep(wait);
          afterWait.run();
        } catch (InterruptedException interrupted) {
          return;
        } catch (RuntimeException failed) {
          log.warn("Polling after a failed LISTEN on {} failed too", channel, failed);
        }
      }
    }
  }
}
