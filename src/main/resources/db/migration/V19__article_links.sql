-- Internal links between articles (docs/linking.md). The article's Markdown holds each link as a
-- placeholder, [anchor](bulkwriter:article/<target id>), resolved per destination (an export's URL
-- pattern, a site's permalink); this table is the same relation for the link graph and for finding
-- the articles that link to one. A row is dropped when its placeholder leaves the text (an edit, a
-- restore of the version before, a regenerate).

CREATE TABLE article_links (
    source_id  UUID          NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    target_id  UUID          NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    batch_id   UUID          NOT NULL,          -- the source's batch
    anchor     VARCHAR(300)  NOT NULL,          -- the text that links
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_id, target_id)          -- at most one link per target
);

CREATE INDEX article_links_target ON article_links (target_id);
CREATE INDEX article_links_batch ON article_links (batch_id);

-- A batch's link settings; a batch without a row uses the defaults (bulkwriter.linking.*).
CREATE TABLE batch_link_settings (
    batch_id        UUID     NOT NULL PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
    automatic       BOOLEAN  NOT NULL,           -- link once the batch is written
    max_links       INTEGER  NOT NULL,           -- links per article, at most
    include_earlier BOOLEAN  NOT NULL,           -- link to the owner's earlier batches too
    site_id         UUID,                        -- ... only to their articles published on this site
    linked_at       TIMESTAMP WITH TIME ZONE     -- when links were last added
);
