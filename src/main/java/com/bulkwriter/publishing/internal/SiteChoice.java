package com.bulkwriter.publishing.internal;

/** A category, tag or author of a site: its WordPress id and name. */
public record SiteChoice(long id, String name) {}
