package com.bulkwriter.batch.web;

import com.bulkwriter.batch.internal.BatchEstimate;
import com.bulkwriter.batch.internal.BatchService;
import com.bulkwriter.keywords.KeywordGroups;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer of POST /bulk/estimate: the estimate's own fields, unchanged, and beside them the
 * keyword cannibalisation check ({@code keywordGroups}, see docs/keywords.md).
 */
record EstimateView(@JsonUnwrapped BatchEstimate estimate, KeywordGroups keywordGroups) {

  static EstimateView of(BatchService.Estimated estimated) {
    return new EstimateView(estimated.estimate(), estimated.keywordGroups());
  }
}
