package com.bulkwriter.template.internal;

import java.util.Map;

/**
 * What a user sends to create or change a template.
 *
 * @param name unique among the owner's templates, one line
 * @param shared whether every user may read and use it; absent means private
 * @param settings batch settings as a batch submission's {@code settings}, with {@code outline} and
 *     {@code requiredPhrases} as lists of text; absent fields get the batch defaults
 */
public record TemplateInput(String name, Boolean shared, Map<String, Object> settings) {}
