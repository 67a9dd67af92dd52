package org.evaluation.api.organisation;

public enum Gender {
    MALE, FEMALE
}
