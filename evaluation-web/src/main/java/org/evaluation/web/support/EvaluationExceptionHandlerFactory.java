package org.evaluation.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class EvaluationExceptionHandlerFactory extends ExceptionHandlerFactory {

    public EvaluationExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new EvaluationExceptionHandler(getWrapped().getExceptionHandler());
    }
}
