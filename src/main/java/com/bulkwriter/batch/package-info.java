/**
 * Batches of articles: submitting them (JSON or CSV, validated as a whole), reading their progress,
 * and the user's commands on them (pause, resume, cancel, retry failed).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Batch")
package com.bulkwriter.batch;
