package com.bulkwriter.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP layer.
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413 (default 16 MB, enough
 *     for 10,000 keyword rows with overrides)
 */
@ConfigurationProperties("bulkwriter.web")
public record WebProperties(DataSize maxBodySize) {

  public WebProperties {
    if (maxBodySize == null) {
      maxBodySize = DataSize.ofMegabytes(16);
    }
  }
}
