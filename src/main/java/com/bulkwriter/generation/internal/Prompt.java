package com.bulkwriter.generation.internal;

/**
 * One request to a chat model.
 *
 * @param system the instructions
 * @param user the task
 * @param maxTokens the most output tokens the answer may use
 */
record Prompt(String system, String user, int maxTokens) {

  /** Prompt tokens as providers count them, roughly: four characters a token, plus framing. */
  int estimatedPromptTokens() {
    return (system.length() + user.length()) / 4 + 16;
  }

  /** What the call may cost at most, as a rate limiter must assume before it is made. */
  int estimatedTokens() {
    return estimatedPromptTokens() + maxTokens;
  }
}
