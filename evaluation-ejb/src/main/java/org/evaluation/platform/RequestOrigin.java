package org.evaluation.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current web request comes from: the browser's device cookie (a long-lived random
 * value the pages set) and the network address. The web layer fills it for every page request;
 * services read it where a rule needs it (the hold rules of public ratings, the sightings of staff
 * sessions). Outside a page request both are null.
 */
@RequestScoped
public class RequestOrigin {

    private String device;
    private String address;

    public void set(String device, String address) {
        this.device = device;
        this.address = address;
    }

    /** The device cookie's value, or null. */
    public String device() {
        return device;
    }

    /** The network address, or null. */
    public String address() {
        return address;
    }
}
