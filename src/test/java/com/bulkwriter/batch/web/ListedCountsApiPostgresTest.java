package com.bulkwriter.batch.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ListedCountsApiPostgresTest extends ListedCountsApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.POSTGRESQL.register(registry);
  }
}
