package org.evaluation.api.security;

/**
 * The kinds of object a service method may be handed by id. Each kind belongs to one or more
 * organisations (a 12345 order to the centre that took the call and to the organisation of the unit
 * it was sent to), and whether a caller may reach an object is decided from those organisations.
 */
public enum Kind {
    ORGANISATION, UNIT, PERSON, ACCOUNT, CYCLE, PARTICIPANT, ELIGIBILITY_RECORD, CALENDAR_ENTRY, WINDOW,
    BALLOT, DOCUMENT_BATCH, NEGATIVE_CASE, HOTLINE_ORDER, RATING, RATING_APPEAL, QUARTERLY_ASSESSMENT,
    OBJECTION, CHALLENGE, QUOTA_CONSENT, API_KEY
}
