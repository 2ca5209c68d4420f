-- Articles put back in the queue by a regenerate or a retry of failed ones. They count against the
-- per-user limit of articles per day like submitted ones (see ArticleQuota); rows older than a day
-- are removed as new ones are added.

CREATE TABLE article_requeues (
    id          UUID          NOT NULL PRIMARY KEY,
    owner       VARCHAR(100)  NOT NULL,
    articles    INTEGER       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX article_requeues_owner_created ON article_requeues (owner, created_at);
