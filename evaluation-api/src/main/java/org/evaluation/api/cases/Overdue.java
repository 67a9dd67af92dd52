package org.evaluation.api.cases;

/** Which deadline of a case has passed, judged on working days: none, the contact, or the rectification. */
public enum Overdue {
    NONE, CONTACT, RECTIFICATION
}
