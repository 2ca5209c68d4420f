-- A site's own request pace and the publish options the Publish dialog starts from.
-- Portable between H2 2.4 and PostgreSQL.

-- least milliseconds between two requests to the site from all nodes; NULL: bulkwriter.publishing.request-pace
ALTER TABLE sites ADD COLUMN request_pace_ms INTEGER;

-- JSON of SiteDefaults (status, categories, tags, authorId); NULL: none
ALTER TABLE sites ADD COLUMN publish_defaults VARCHAR(8000);
