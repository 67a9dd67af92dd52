package org.evaluation.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current web request comes from: the network address (every request) and the
 * browser's device cookie (a long-lived random value the pages set). The web layer fills it;
 * services read it where a rule needs it (the hold rules of public ratings, the sightings of staff
 * sessions, the audit trail). Outside a request both are null.
 */
@RequestScoped
public class RequestOrigin {

    private String device;
    private String address;

    public void set(String device, String address) {
        this.device = device;
        this.address = address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public void setDevice(String device) {
        this.device = device;
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
