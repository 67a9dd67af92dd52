package org.evaluation.api.organisation;

/** The columns the people list can be sorted by (in the database). */
public enum PersonSort {
    NAME, POSITION, UNIT, CATEGORY
}
