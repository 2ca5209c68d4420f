package com.bulkwriter.queue;

import java.util.UUID;

/**
 * An article being written has more words than the last time it said: the queue publishes it while
 * the provider streams (nothing is stored), and the progress module coalesces these into one live
 * event per batch per interval. Never published after the article left RUNNING.
 *
 * @param wordsWritten words written so far, across a long article's steps
 * @param targetWords the length the article is asked to have
 */
public record ArticleProgressed(UUID batchId, UUID articleId, int wordsWritten, int targetWords) {}
