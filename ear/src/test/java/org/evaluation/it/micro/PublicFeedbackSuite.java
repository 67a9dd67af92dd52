package org.evaluation.it.micro;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Public feedback and the rest of the pages on one Payara Micro: ratings and their API, cases,
 * 12345 orders, services, evidence, notifications, and the pages at every width. See
 * {@link AnnualCycleSuite}.
 */
@Suite
@SelectClasses({
        FeedbackIT.class, FeedbackApiIT.class, CasesIT.class, HotlineIT.class, ServicesIT.class,
        EvidenceIT.class, NotificationsIT.class, BrowserIT.class})
public class PublicFeedbackSuite {
}
