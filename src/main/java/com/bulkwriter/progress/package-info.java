/**
 * Live progress: numbered events of every batch (status, counts and time left, article changes,
 * notifications), kept for catch-up, and the changes of each user's exports and publish jobs,
 * pushed to browsers over STOMP on WebSocket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package com.bulkwriter.progress;
