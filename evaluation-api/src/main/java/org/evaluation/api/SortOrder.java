package org.evaluation.api;

public enum SortOrder {
    ASCENDING, DESCENDING
}
