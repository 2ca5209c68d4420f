-- Keyword cannibalisation (issue 18, item 1): each batch's keywords normalised for their language
-- (stop words dropped, stemmed, sorted: "en:best boot hike"), so that a new batch's check finds
-- the owner's earlier batches with the same key through an index instead of reading their keywords.
-- One row per distinct key of a batch, with the first keyword that had it, as typed. Written with
-- the batch (its keywords never change), removed with it. Batches submitted before this version
-- have no rows here and are not checked.
CREATE TABLE keyword_keys (
    batch_id    UUID          NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    owner       VARCHAR(100)  NOT NULL,
    normalized  VARCHAR(500)  NOT NULL,
    keyword     VARCHAR(200)  NOT NULL,
    PRIMARY KEY (batch_id, normalized)
);

-- the check's lookup: one owner's earlier uses of a set of keys
CREATE INDEX keyword_keys_owner_key ON keyword_keys (owner, normalized);
