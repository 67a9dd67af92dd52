package org.evaluation.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.HttpHeaders;
import org.evaluation.platform.PlatformValidator;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a request body before anything is done with it: present (400 otherwise) and valid by
 * its Bean Validation constraints (422 naming the first invalid field, the constraint's message
 * in the caller's language).
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    private ValidatorFactory validation;

    public <T> T check(T body, HttpHeaders headers) {
        if (body == null) {
            throw new ApiProblem(400, "api.error.bodyMissing");
        }
        Set<ConstraintViolation<T>> violations = PlatformValidator.of(validation).validate(body);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String field = first.getPropertyPath().toString();
            String problem = interpolate(first, ApiTexts.localeOf(headers));
            throw new ApiProblem(422, "error.invalidInput", field, java.util.Map.of(), field, problem);
        }
        return body;
    }

    private String interpolate(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                return violation.unwrap(type);
            }
        };
        return validation.getMessageInterpolator().interpolate(violation.getMessageTemplate(), context, locale);
    }
}
