package org.evaluation.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page asked for something the user may not see, or that does not exist: it answers 404 like any
 * unknown address, so that nobody learns from the answer whether the thing exists.
 */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    /** Answers the current request with the 404 page and ends the Faces lifecycle. */
    public static void send() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
