/**
 * Economy mode: batches written through the providers' batch APIs at their batch discount, crash
 * safe (the intent is stored before anything is sent, every provider id the moment it exists), with
 * each answer stored through the queue's own path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Economy")
package com.bulkwriter.economy;
