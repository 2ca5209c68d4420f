/**
 * Quality: checks every written article (length, keyword placement, title and meta description,
 * headings, readability, repetition, near-duplicates in its batch) moments after the queue stores
 * it (a durable background step) or when it is edited, and keeps the results so that a batch's
 * summary and its "fails check X" filter are queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package com.bulkwriter.quality;
