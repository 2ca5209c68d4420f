/** Endpoints, the delivery outbox and its runner, signing and the destination (SSRF) rules. */
package com.bulkwriter.webhooks.internal;
