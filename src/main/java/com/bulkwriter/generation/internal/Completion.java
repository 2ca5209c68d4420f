package com.bulkwriter.generation.internal;

/**
 * A model's finished answer.
 *
 * @param text what it wrote
 * @param promptTokens input tokens billed
 * @param completionTokens output tokens billed
 */
record Completion(String text, long promptTokens, long completionTokens) {

  long totalTokens() {
    return promptTokens + completionTokens;
  }
}
