package com.bulkwriter.security;

import org.springframework.stereotype.Component;

/**
 * The owner of the request being served. Until accounts exist there is one local owner; every query
 * is already scoped by it so that accounts only have to change this class.
 */
@Component
public class CurrentOwner {

  /** The single owner of an installation without accounts. */
  public static final String LOCAL = "local";

  public String get() {
    return LOCAL;
  }
}
