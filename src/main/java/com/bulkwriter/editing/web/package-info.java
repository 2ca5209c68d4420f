/** Editing's HTTP API: saving an article with If-Match, its versions, their diff, restoring one. */
package com.bulkwriter.editing.web;
