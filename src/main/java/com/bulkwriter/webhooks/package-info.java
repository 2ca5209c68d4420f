/**
 * Webhooks: users register endpoints that receive signed events (Standard Webhooks) when their
 * batches complete or pause and their exports are ready, delivered at least once with retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package com.bulkwriter.webhooks;
