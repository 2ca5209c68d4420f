package com.bulkwriter.queue.internal;

import java.util.random.RandomGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

  @Bean
  Backoff backoff(QueueProperties properties) {
    return new Backoff(
        properties.backoffBase(), properties.backoffMax(), RandomGenerator.getDefault());
  }
}
