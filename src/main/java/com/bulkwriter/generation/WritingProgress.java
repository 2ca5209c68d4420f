package com.bulkwriter.generation;

/**
 * Hears how far an article has got while a provider writes it: the LLM providers tell it as the
 * answer streams in (a long article's finished sections included), the offline draft engine in a
 * few steps across its delay. Called on the thread that writes the article; a listener must be
 * quick and must not throw.
 */
@FunctionalInterface
public interface WritingProgress {

  /** For callers that do not watch. */
  WritingProgress NONE = words -> {};

  /**
   * @param words words of the article written so far, counted as {@link Words#count} counts them; a
   *     later figure may be lower when an answer is trimmed to its share
   */
  void wordsWritten(int words);
}
