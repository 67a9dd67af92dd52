package org.evaluation.feedback;

/**
 * Who submits a rating: nobody known (a citizen with a link), a signed-in account (which may
 * belong to a staff member), or a calling system's API key.
 */
public record Rater(Long accountId, Long personId, Long apiKeyId) {

    public static final Rater ANONYMOUS = new Rater(null, null, null);

    public static Rater account(long accountId, Long personId) {
        return new Rater(accountId, personId, null);
    }

    public static Rater apiKey(long apiKeyId) {
        return new Rater(null, null, apiKeyId);
    }
}
