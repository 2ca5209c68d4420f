package com.bulkwriter.editing.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ArticleEditingApiPostgresTest extends ArticleEditingApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.POSTGRESQL.register(registry);
  }
}
