package com.bulkwriter.queue.internal;

import com.bulkwriter.batch.QueueCapacity;
import org.springframework.stereotype.Component;

/** This node's workers, for the batch module's estimates. */
@Component
class NodeCapacity implements QueueCapacity {

  private final QueueProperties properties;

  NodeCapacity(QueueProperties properties) {
    this.properties = properties;
  }

  @Override
  public int maxInFlight() {
    return properties.maxInFlight();
  }
}
