package org.evaluation.api.apikey;

/**
 * A key just created: the plain key is in this answer and nowhere else, since only its hash is
 * stored. The administrator hands it to the calling system.
 */
public record IssuedApiKey(long id, String label, String key) {

    /** Never the key itself: it must not end up in a log. */
    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", label=" + label + "]";
    }
}
