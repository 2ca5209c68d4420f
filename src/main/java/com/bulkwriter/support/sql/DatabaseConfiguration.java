package com.bulkwriter.support.sql;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the modules once which database they run on. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean
  Database database(DataSource dataSource) {
    return Database.of(dataSource);
  }
}
