/**
 * Who is asking: accounts, sign-in, personal API tokens, and the owner every batch, article and
 * export is scoped by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package com.bulkwriter.security;
