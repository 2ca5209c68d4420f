package com.bulkwriter.batch.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ReviewApiH2Test extends ReviewApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.H2.register(registry);
  }
}
