/** HTTP concerns shared by all modules: problem responses, body limits, serving the UI. */
package com.bulkwriter.support.web;
