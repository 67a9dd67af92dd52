package org.evaluation.api.apikey;

/**
 * What a calling system may do with its API key. A key holds any set of rights; a call that needs
 * a right the key lacks is refused (HTTP 403). New rights are added here as the API grows.
 */
public enum ApiRight {
    /** Create service records for the key's organisation (window devices, the online platform, 12345). */
    CREATE_SERVICE_RECORDS,
    /** Submit ratings on the key's organisation's service records. */
    SUBMIT_RATINGS,
    /** Read whether a service has been rated, and the rating's standing. */
    READ_RATINGS,
    /** Read the final results of the organisation's closed assessment cycles: grades and their consequences. */
    READ_RESULTS
}
