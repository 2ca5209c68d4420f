/**
 * Team templates: named batch settings, with an outline template and required phrases, kept on the
 * server, private to their owner or shared for everyone to read. A batch copies a template's
 * settings when it is submitted; the batch module never refers to templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Template")
package com.bulkwriter.template;
