package com.bulkwriter.template.web;

import com.bulkwriter.support.DatabaseUnderTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TemplateApiContract} on PostgreSql. */
class TemplateApiPostgreSqlTest extends TemplateApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DatabaseUnderTest.POSTGRESQL.register(registry);
  }
}
