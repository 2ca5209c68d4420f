package com.bulkwriter.publishing.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PublishingApiH2Test extends PublishingApiContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }
}
