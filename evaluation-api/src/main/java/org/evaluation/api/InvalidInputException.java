package org.evaluation.api;

/** A value a service was given breaks a constraint of its interface (a blank name, say). */
public class InvalidInputException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String problem) {
        super("error.invalidInput", field, problem);
    }
}
