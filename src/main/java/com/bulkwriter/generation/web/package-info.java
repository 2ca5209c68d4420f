/** The HTTP API of providers: which ones are usable, with models and limits. */
package com.bulkwriter.generation.web;
