package com.bulkwriter.publishing.internal;

import java.util.List;

/** A site's categories, tags and authors to pick from when publishing. */
public record SiteChoices(
    List<SiteChoice> categories, List<SiteChoice> tags, List<SiteChoice> authors) {}
