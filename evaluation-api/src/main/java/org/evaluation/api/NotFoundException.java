package org.evaluation.api;

/** The record asked for does not exist (or the caller must not know that it does). */
public class NotFoundException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
