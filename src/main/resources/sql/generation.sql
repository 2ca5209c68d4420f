-- Named statements of the generation module (see NamedQueries): the saved steps of long articles.

-- name: find-steps
SELECT step, content, prompt_tokens, completion_tokens, cost_usd
FROM article_steps
WHERE article_id = :articleId
ORDER BY step

-- name: insert-step
-- a finished step; a second worker that finished the same step (after a lost lease) is refused by
-- the primary key and uses the first one's
INSERT INTO article_steps (article_id, step, content, prompt_tokens, completion_tokens, cost_usd,
                           created_at)
VALUES (:articleId, :step, :content, :promptTokens, :completionTokens, :cost, :now)
