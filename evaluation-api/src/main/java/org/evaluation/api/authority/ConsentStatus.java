package org.evaluation.api.authority;

/** Where HR's request for a 优秀 quota above 20 % stands with the competent authority. */
public enum ConsentStatus {
    REQUESTED, APPROVED, REFUSED
}
