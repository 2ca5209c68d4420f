/**
 * Linking: internal links between the articles of a batch (and earlier batches), chosen by topical
 * similarity, anchored on phrases already in the text, stored as placeholders that each destination
 * resolves (an export's URL pattern, a site's permalinks).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linking")
package com.bulkwriter.linking;
