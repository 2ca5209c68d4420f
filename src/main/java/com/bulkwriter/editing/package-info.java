/**
 * Editing: every content change of an article is a version (written by the queue, edited,
 * restored), saved with optimistic locking, listed, compared and restored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editing")
package com.bulkwriter.editing;
