/** The webhooks API: endpoints, their secrets, test sends and delivery logs. */
package com.bulkwriter.webhooks.web;
