package org.evaluation.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;

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
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            context.responseComplete();
        }
    }
}
