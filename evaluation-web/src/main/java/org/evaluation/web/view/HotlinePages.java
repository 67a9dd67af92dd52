package org.evaluation.web.view;

import org.evaluation.api.NotFoundException;
import org.evaluation.web.support.NotFoundPage;

/** What the work-order pages share: an order opened by its id in the address, or "not found". */
public final class HotlinePages {

    private HotlinePages() {
    }

    /** The id of the address; anything else is answered as not found. */
    public static long id(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("HotlineOrder", id);
        }
    }

    /** Runs the loading; an order the user may not see, or none, is a 404 like any unknown page. */
    public static void show(Runnable loading) {
        try {
            loading.run();
        } catch (NotFoundException e) {
            NotFoundPage.send();
        }
    }
}
