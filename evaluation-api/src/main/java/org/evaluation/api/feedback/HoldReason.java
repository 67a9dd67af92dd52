package org.evaluation.api.feedback;

/**
 * Why a rating given on the public rating page is held for verification instead of counted: it
 * looks as if the served staff member rated their own service. The numbers (hours, times, days,
 * seconds) are the platform's configuration (README.md, "How ratings are held").
 */
public enum HoldReason {
    /** The rating page's device cookie was seen in the served staff member's own signed-in session recently. */
    OWN_DEVICE,
    /** The network address was used by the served staff member's own signed-in session recently. */
    OWN_ADDRESS,
    /** The same device has rated services of the same staff member more than so many times in the period. */
    REPEATED_DEVICE,
    /** The rating came within seconds of the service being recorded. */
    TOO_SOON
}
