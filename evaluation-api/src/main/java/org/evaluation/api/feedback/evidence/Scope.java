package org.evaluation.api.feedback.evidence;

/**
 * Whose ratings evidence is about: one person (the staff member who served), one unit with every
 * unit below it (the services of the unit's windows and staff, as the unit answers for them), or
 * a whole organisation.
 */
public enum Scope {
    PERSON, UNIT, ORGANISATION
}
