package org.evaluation.api.hotline;

import java.io.Serializable;

/** A unit an order can be dispatched to, named with its organisation and its path in the unit tree. */
public record HotlineUnit(long id, long organisationId, String organisationName, String path) implements Serializable {

    public String label() {
        return organisationName + " / " + path;
    }
}
