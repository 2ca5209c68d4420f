package com.bulkwriter.keywords;

import java.util.List;

/**
 * The cannibalisation check of a batch's keywords: every group of two or more rows that compete,
 * and every row an earlier batch already used, in row order.
 *
 * @param keywords keywords checked
 * @param similarity the share of stems two keywords must have in common to be grouped (Jaccard)
 * @param groups the groups, ordered by their first row
 */
public record KeywordGroups(int keywords, double similarity, List<KeywordGroup> groups) {}
