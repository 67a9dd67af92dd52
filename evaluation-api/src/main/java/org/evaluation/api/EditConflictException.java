package org.evaluation.api;

/** Somebody else saved the same record since it was loaded: reload and apply the change again. */
public class EditConflictException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    public EditConflictException() {
        super("error.editConflict");
    }
}
