package org.evaluation.it.micro;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The annual cycle on one Payara Micro: summaries, reviews, the committee and its ballot,
 * publicity, eligibility, the calendar, quarterly assessments, and a whole cycle in the pages.
 * One suite runs in one test JVM, so its classes share one server ({@code OneServerPerSuite}); the
 * build runs this suite and {@link PublicFeedbackSuite} side by side, about equally long.
 */
@Suite
@SelectClasses({
        AssessmentIT.class, BallotIT.class, CommitteeIT.class, PublicityIT.class, EligibilityIT.class,
        CalendarIT.class, QuarterlyIT.class, FullCycleIT.class, ScopesIT.class, AuthorityIT.class, TwoFactorIT.class})
public class AnnualCycleSuite {
}
