package com.bulkwriter.editing.internal;

/** A change without If-Match: answered with 428, as it could overwrite someone else's save. */
public class VersionRequiredException extends RuntimeException {

  VersionRequiredException() {
    super(
        "Send If-Match with the ETag of the version you edited (GET /api/articles/{id} answers"
            + " it), or If-Match: * to overwrite whatever is current");
  }
}
