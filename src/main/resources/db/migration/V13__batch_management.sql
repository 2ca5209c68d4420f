-- Batch management (issue 15, item 4): archived batches, batches being deleted in the background,
-- and the keywords of each batch kept for search. Portable between H2 2.4 and PostgreSQL; the
-- PostgreSQL-only trigram indexes that make substring search fast are added by the Java migration
-- V13_1 (batch/internal/V13_1__Batch_search), which also fills batch_keywords for existing batches.

-- NULL: shown in the default list; set: hidden from it until unarchived (the batch works as before)
ALTER TABLE batches ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
-- NULL: a live batch; set: the user deleted it. Hidden everywhere at once and never claimed; the
-- purger (BatchPurger, any node) removes its articles in chunks, then the row itself.
ALTER TABLE batches ADD COLUMN deleting_at TIMESTAMP WITH TIME ZONE;

-- the admin's list, newest first, and the purger's scan for marked batches
CREATE INDEX batches_created ON batches (created_at);
CREATE INDEX batches_deleting ON batches (deleting_at);

-- A batch's keywords, lower-cased, one per line, in parts of at most 1,800 characters (a batch
-- holds up to 10,000 keywords): a keyword search reads one short row per batch instead of every
-- article, and on PostgreSQL a trigram index answers LIKE '%term%' without reading them at all.
-- Written with the batch (the keywords of a batch never change), removed with it.
CREATE TABLE batch_keywords (
    batch_id  UUID            NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    part      INTEGER         NOT NULL,
    keywords  VARCHAR(10000)  NOT NULL,
    PRIMARY KEY (batch_id, part)
);
