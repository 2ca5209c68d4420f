/** The linking API: a batch's link graph, adding links now, and its link settings. */
package com.bulkwriter.linking.web;
