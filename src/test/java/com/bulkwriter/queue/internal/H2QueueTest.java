package com.bulkwriter.queue.internal;

import com.bulkwriter.support.DatabaseUnderTest;

/** The queue contract on the embedded default database, H2. */
class H2QueueTest extends QueueContract {

  @Override
  DatabaseUnderTest database() {
    return DatabaseUnderTest.H2;
  }
}
