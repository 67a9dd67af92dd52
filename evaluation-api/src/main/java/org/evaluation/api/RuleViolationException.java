package org.evaluation.api;

/** A change that the rules of the domain forbid, with the key of the rule's explanation. */
public class RuleViolationException extends EvaluationException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
