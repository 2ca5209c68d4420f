-- Per-state article counts kept on the row of a finished batch (issue 15, item 4: the batches list
-- stays fast at 10,000 batches and 1,000,000 articles). A COMPLETED or CANCELLED batch's articles
-- cannot change state until something moves the batch out again (regenerate, retry failed) or
-- deletes some of them, so the list reads these instead of counting its articles. NULL: not kept
-- (a running or paused batch); the list then counts the articles. Written by the statements that
-- finish a batch and cleared by the one that moves it out, in the same transaction (batch.sql:
-- move-batch, keep-counts; review.sql: shrink-batch is followed by keep-counts); the queue's work
-- on an article never touches them.
ALTER TABLE batches ADD COLUMN counts_queued INTEGER;
ALTER TABLE batches ADD COLUMN counts_running INTEGER;
ALTER TABLE batches ADD COLUMN counts_succeeded INTEGER;
ALTER TABLE batches ADD COLUMN counts_failed INTEGER;
ALTER TABLE batches ADD COLUMN counts_cancelled INTEGER;

-- existing finished batches: the same counts keep-counts writes
UPDATE batches
SET counts_queued = (SELECT count(*) FROM articles a
                     WHERE a.batch_id = batches.id AND a.status = 'QUEUED'),
    counts_running = (SELECT count(*) FROM articles a
                      WHERE a.batch_id = batches.id AND a.status = 'RUNNING'),
    counts_succeeded = (SELECT count(*) FROM articles a
                        WHERE a.batch_id = batches.id AND a.status = 'SUCCEEDED'),
    counts_failed = (SELECT count(*) FROM articles a
                     WHERE a.batch_id = batches.id AND a.status = 'FAILED'),
    counts_cancelled = (SELECT count(*) FROM articles a
                        WHERE a.batch_id = batches.id AND a.status = 'CANCELLED')
WHERE status IN ('COMPLETED', 'CANCELLED');
