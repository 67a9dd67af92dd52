package org.evaluation.api.hotline;

/** Which orders a list shows: those still open, those past their deadline, or all of them. */
public enum HotlineListFilter {
    OPEN, OVERDUE, ALL
}
