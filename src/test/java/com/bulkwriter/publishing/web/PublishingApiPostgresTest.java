package com.bulkwriter.publishing.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PublishingApiPostgresTest extends PublishingApiContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.POSTGRESQL.register(registry);
  }
}
