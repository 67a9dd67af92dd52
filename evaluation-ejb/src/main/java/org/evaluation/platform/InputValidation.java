package org.evaluation.platform;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import org.evaluation.api.InvalidInputException;

import java.util.Comparator;
import java.util.Set;

/**
 * Checks the Bean Validation constraints of the business interfaces (for example
 * {@code @NotBlank} on a unit's name) before a service method runs. Payara does not apply them to
 * EJB business methods by itself, and a page is not the only caller a service must not trust.
 * Text with control characters is refused first ({@link ControlCharacters}).
 */
public class InputValidation {

    @Inject
    private ValidatorFactory validators;

    @AroundInvoke
    public Object validate(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (parameters == null || parameters.length == 0) {
            return invocation.proceed(); // Payara passes null, not an empty array, for no parameters
        }
        java.lang.reflect.Parameter[] declared = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            ControlCharacters.refuse(declared[i].getName(), parameters[i]);
        }
        // on the platform's clock: "past or present" is as of today in China
        Set<ConstraintViolation<Object>> violations = PlatformValidator.of(validators).forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), parameters);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw new InvalidInputException(field(first), first.getMessage());
        }
        return invocation.proceed();
    }

    /** The parameter or property, without the method name: "name", or "form.idNumber". */
    private static String field(ConstraintViolation<Object> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
