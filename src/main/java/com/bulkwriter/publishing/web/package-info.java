/** The publishing HTTP API: sites and publish jobs. */
package com.bulkwriter.publishing.web;
