/** Secrets at rest: one key from the environment encrypts what must be stored but never read. */
package com.bulkwriter.support.secrets;
