-- Exports of every article of their scope, not only the ones with a result: articles that are
-- queued, running, failed or cancelled are listed in the manifests with their status, without files.

ALTER TABLE exports ADD COLUMN all_articles BOOLEAN DEFAULT FALSE NOT NULL;
