package com.bulkwriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Bulkwriter: writes articles in bulk through a persistent, rate-limited queue. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BulkwriterApplication {

  public static void main(String[] args) {
    SpringApplication.run(BulkwriterApplication.class, args);
  }
}
