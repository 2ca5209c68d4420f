-- The finished steps of long articles (issue 3): the outline, then each section in order. A step
-- belongs to the article, not to an attempt, so a retry or a restart resumes after the last
-- finished step and never pays for a finished step twice. Owned by the generation module
-- (sql/generation.sql); removed with its article.

CREATE TABLE article_steps (
    article_id        UUID             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    step              INT              NOT NULL,  -- 0: the outline; 1, 2, …: the sections in order
    content           VARCHAR(1000000) NOT NULL,  -- the outline as answered, or the section's Markdown
    prompt_tokens     BIGINT           NOT NULL,  -- what this step was billed, added to the article
    completion_tokens BIGINT           NOT NULL,
    cost_usd          DECIMAL(14, 6)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, step)
);
