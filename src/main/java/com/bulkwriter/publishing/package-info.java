/**
 * Publishing: connected WordPress sites (secrets encrypted at rest) and publish jobs that put
 * finished articles on a site exactly once each, as drafts, published or on a schedule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package com.bulkwriter.publishing;
