package com.bulkwriter.batch.internal;

import java.util.List;
import java.util.Map;

/**
 * A submission as it arrived, before validation: values are JSON scalars or CSV cells.
 *
 * @param name the batch name, or {@code null}
 * @param settings batch settings by field name
 * @param items one map per row, with {@code keyword} and any overrides
 */
record RawSubmission(String name, Map<String, Object> settings, List<Map<String, Object>> items) {}
