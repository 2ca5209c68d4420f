package com.bulkwriter.queue.internal;

import com.bulkwriter.support.DatabaseUnderTest;

/** The queue contract on a real PostgreSQL server. */
class PostgresQueueTest extends QueueContract {

  @Override
  DatabaseUnderTest database() {
    return DatabaseUnderTest.POSTGRESQL;
  }
}
