/** Turns one article specification into a finished article through a provider (LLM or offline). */
@org.springframework.modulith.ApplicationModule(displayName = "Generation")
package com.bulkwriter.generation;
