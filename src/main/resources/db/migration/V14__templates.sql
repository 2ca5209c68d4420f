-- Team templates: named batch settings (with an outline template and required phrases) kept on
-- the server instead of in one browser. Private to their owner, or shared for everyone to read.
-- A batch copies the settings when it is submitted, so nothing here is referred to by a batch.

CREATE TABLE templates (
    id         UUID         NOT NULL PRIMARY KEY,
    owner      VARCHAR(64)  NOT NULL,               -- username, like batches.owner
    name       VARCHAR(100) NOT NULL,
    shared     BOOLEAN      NOT NULL,               -- readable (not editable) by every user
    settings   TEXT         NOT NULL,               -- BatchSettings as JSON (SettingsJson)
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- one name per owner, so a template picked by name is never ambiguous in the owner's own list
CREATE UNIQUE INDEX templates_owner_name ON templates (owner, name);
CREATE INDEX templates_shared ON templates (shared);
