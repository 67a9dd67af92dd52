package org.evaluation.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolationException;
import org.evaluation.api.EvaluationException;
import org.evaluation.api.audit.AccessLog;

import java.util.Iterator;

/**
 * Turns a refusal of the business layer into a message on the same page, with what the user
 * typed still in place: a rule broken, a record changed by someone else, input the service
 * rejected. Everything else goes on to the error pages.
 */
public class EvaluationExceptionHandler extends ExceptionHandlerWrapper {

    public EvaluationExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            EvaluationException refusal = find(thrown, EvaluationException.class);
            ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
            if (refusal != null) {
                Texts.error(refusal);
            } else if (invalid != null) {
                invalid.getConstraintViolations().forEach(v -> Texts.error("error.invalidInput",
                        v.getPropertyPath().toString(), v.getMessage()));
            } else if (find(thrown, EJBAccessException.class) != null) {
                Texts.error("error.forbidden");
                CDI.current().select(AccessLog.class).get().refused(context.getViewRoot() == null ? "-" : context.getViewRoot().getViewId());
            } else {
                continue;
            }
            events.remove();
            context.validationFailed();
            context.renderResponse();
        }
        getWrapped().handle();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof FacesException && t.getCause() == null) {
                break;
            }
        }
        return null;
    }
}
