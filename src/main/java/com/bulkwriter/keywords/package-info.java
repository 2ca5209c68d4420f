/**
 * Keyword cannibalisation: keywords normalised for their language (case, punctuation, stop words,
 * stemming), grouped when they would compete for the same search, and matched against the keywords
 * of the owner's earlier batches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keywords")
package com.bulkwriter.keywords;
