package org.evaluation.api;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * The root of every failure the platform reports to a user. It carries a message key of the
 * resource bundle and its arguments; the web tier turns them into text in the user's language.
 * Thrown from a business method it rolls the transaction back, so nothing is half-changed.
 */
@ApplicationException(rollback = true, inherited = true)
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public EvaluationException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
