/**
 * Exports: finished articles as DOCX, Markdown, plain text and HTML in one ZIP, built in the
 * background, kept where every node can serve it, and cleaned up when it expires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package com.bulkwriter.export;
