package org.evaluation.feedback;

/**
 * Who submits a rating: nobody known (a citizen with a link), a signed-in account (which may
 * belong to a staff member), or a calling system's API key; on the public rating page also the
 * page's device cookie and the network address, as keyed hashes ({@link LinkSigner#fingerprint}).
 * These are kept with the rating for the audit administrator in a dispute and for the hold
 * rules ({@link HoldRules}); they are shown to nobody else.
 */
public record Rater(Long accountId, Long personId, Long apiKeyId, String deviceHash, String addressHash) {

    public static final Rater ANONYMOUS = new Rater(null, null, null, null, null);

    public static Rater account(long accountId, Long personId) {
        return new Rater(accountId, personId, null, null, null);
    }

    public static Rater apiKey(long apiKeyId) {
        return new Rater(null, null, apiKeyId, null, null);
    }

    /** The same rater, seen on the public rating page with these traces (either may be null). */
    public Rater onRatingPage(String device, String address) {
        return new Rater(accountId, personId, apiKeyId, device, address);
    }

    /** Whether the rating came through the public rating page with a trace the hold rules can judge. */
    public boolean traced() {
        return apiKeyId == null && (deviceHash != null || addressHash != null);
    }
}
