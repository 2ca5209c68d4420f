/** How links are chosen (BM25 with Lucene), anchored (CommonMark source positions) and stored. */
package com.bulkwriter.linking.internal;
