package com.bulkwriter.batch;

/**
 * How many articles the queue writes at once on this node; the queue module provides it, so that
 * estimates can spread the work over the workers without the batch module depending on the queue.
 */
public interface QueueCapacity {

  /** Articles this node generates at once ({@code bulkwriter.queue.max-in-flight}). */
  int maxInFlight();
}
