/**
 * The persistent work queue: workers claim articles with one SKIP LOCKED statement, hold leases
 * with heartbeats, write results fenced by the lease, retry with backoff; a rescuer returns expired
 * leases. Safe with several nodes on one PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queue")
package com.bulkwriter.queue;
