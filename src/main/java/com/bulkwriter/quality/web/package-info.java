/** The quality checks' HTTP API: a batch's summary and failing articles, one article's checks. */
package com.bulkwriter.quality.web;
