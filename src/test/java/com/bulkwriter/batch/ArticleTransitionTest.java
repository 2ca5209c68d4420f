package com.bulkwriter.batch;

import static com.bulkwriter.batch.ArticleState.CANCELLED;
import static com.bulkwriter.batch.ArticleState.FAILED;
import static com.bulkwriter.batch.ArticleState.QUEUED;
import static com.bulkwriter.batch.ArticleState.RUNNING;
import static com.bulkwriter.batch.ArticleState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleTransitionTest {

  /** The table of ArticleTransition's Javadoc, pair by pair. */
  private static final Set<String> ALLOWED =
      Set.of(
          "QUEUED>RUNNING",
          "RUNNING>SUCCEEDED",
          "QUEUED>SUCCEEDED",
          "RUNNING>QUEUED",
          "RUNNING>FAILED",
          "QUEUED>CANCELLED",
          "RUNNING>CANCELLED",
          "FAILED>QUEUED",
          "SUCCEEDED>QUEUED");

  @Test
  void eachTransitionHasTheSourcesAndTargetOfTheDocumentedTable() {
    assertTransition(ArticleTransition.CLAIM, EnumSet.of(QUEUED), RUNNING);
    assertTransition(ArticleTransition.SUCCEED, EnumSet.of(RUNNING), SUCCEEDED);
    assertTransition(ArticleTransition.ADOPT, EnumSet.of(QUEUED), SUCCEEDED);
    assertTransition(ArticleTransition.RETRY_LATER, EnumSet.of(RUNNING), QUEUED);
    assertTransition(ArticleTransition.RELEASE, EnumSet.of(RUNNING), QUEUED);
    assertTransition(ArticleTransition.RESCUE, EnumSet.of(RUNNING), QUEUED);
    assertTransition(ArticleTransition.THROTTLE, EnumSet.of(RUNNING), QUEUED);
    assertTransition(ArticleTransition.FAIL, EnumSet.of(RUNNING), FAILED);
    assertTransition(ArticleTransition.CANCEL, EnumSet.of(QUEUED, RUNNING), CANCELLED);
    assertTransition(ArticleTransition.RETRY_FAILED, EnumSet.of(FAILED), QUEUED);
    assertTransition(ArticleTransition.REGENERATE, EnumSet.of(SUCCEEDED, FAILED), QUEUED);
    assertThat(ArticleTransition.values()).hasSize(11);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowedPairs")
  void everyMoveInTheTableIsAllowed(ArticleState from, ArticleState to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.moveTo(to)).isSameAs(to);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refusedPairs")
  void everyMoveOutsideTheTableIsRefusedNamingBothStates(ArticleState from, ArticleState to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(() -> from.moveTo(to))
        .withMessage("An article cannot go from " + from + " to " + to);
  }

  @Test
  void theTableAllowsExactlyNineMovesBetweenStates() {
    assertThat(allowedPairs()).hasSize(9);
    assertThat(refusedPairs()).hasSize(25 - 9);
  }

  @Test
  void finishedStatesCanOnlyGoBackToTheQueueByRetryOrRegenerateAndCancelledIsFinal() {
    for (ArticleState target : ArticleState.values()) {
      assertThat(SUCCEEDED.canMoveTo(target))
          .as("SUCCEEDED -> %s", target)
          .isEqualTo(target == QUEUED);
      assertThat(CANCELLED.canMoveTo(target)).as("CANCELLED -> %s", target).isFalse();
      assertThat(FAILED.canMoveTo(target)).as("FAILED -> %s", target).isEqualTo(target == QUEUED);
    }
  }

  @Test
  void cancelIsAllowedFromQueuedAndRunningOnly() {
    assertThat(ArticleTransition.CANCEL.from()).containsExactlyInAnyOrder(QUEUED, RUNNING);
    assertThat(EnumSet.allOf(ArticleState.class))
        .filteredOn(state -> state.canMoveTo(CANCELLED))
        .containsExactlyInAnyOrder(QUEUED, RUNNING);
  }

  @Test
  void onlyQueuedAndRunningAreUnfinished() {
    assertThat(ArticleState.UNFINISHED).containsExactlyInAnyOrder(QUEUED, RUNNING);
    assertThat(QUEUED.isFinished()).isFalse();
    assertThat(RUNNING.isFinished()).isFalse();
    assertThat(SUCCEEDED.isFinished()).isTrue();
    assertThat(FAILED.isFinished()).isTrue();
    assertThat(CANCELLED.isFinished()).isTrue();
  }

  @Test
  void fromNamesListsTheSourceStatesInDeclarationOrderForAnSqlInClause() {
    assertThat(ArticleTransition.CANCEL.fromNames()).containsExactly("QUEUED", "RUNNING");
    assertThat(ArticleTransition.CLAIM.fromNames()).containsExactly("QUEUED");
    assertThat(ArticleTransition.RETRY_FAILED.fromNames()).containsExactly("FAILED");
  }

  @ParameterizedTest
  @EnumSource(ArticleTransition.class)
  void toNameIsTheTargetStatesName(ArticleTransition transition) {
    assertThat(transition.toName()).isEqualTo(transition.to().name());
    assertThat(transition.fromNames())
        .containsExactlyElementsOf(transition.from().stream().map(Enum::name).toList());
  }

  @Test
  void changingTheReturnedSourceSetDoesNotChangeTheTable() {
    Set<ArticleState> from = ArticleTransition.CLAIM.from();
    from.add(FAILED);
    assertThat(ArticleTransition.CLAIM.from()).containsExactly(QUEUED);
    assertThat(FAILED.canMoveTo(RUNNING)).isFalse();
  }

  static Stream<Arguments> allowedPairs() {
    return pairs(true);
  }

  static Stream<Arguments> refusedPairs() {
    return pairs(false);
  }

  private static Stream<Arguments> pairs(boolean allowed) {
    return Stream.of(ArticleState.values())
        .flatMap(from -> Stream.of(ArticleState.values()).map(to -> Arguments.of(from, to)))
        .filter(pair -> ALLOWED.contains(pair.get()[0] + ">" + pair.get()[1]) == allowed);
  }

  private static void assertTransition(
      ArticleTransition transition, Set<ArticleState> from, ArticleState to) {
    assertThat(transition.from()).as("%s from", transition).isEqualTo(from);
    assertThat(transition.to()).as("%s to", transition).isEqualTo(to);
  }
}
