package org.evaluation.api.ballot;

import java.io.Serializable;

/**
 * One printed voting slip: the token, and for a listed voter the name it is for (the voter sees in
 * the platform that it was printed, and may have it cancelled); null for a service recipient.
 */
public record PaperSlip(String voterName, String token) implements Serializable {

    /** Never the token itself: it must not end up in a log. */
    @Override
    public String toString() {
        return "PaperSlip[" + voterName + "]";
    }
}
