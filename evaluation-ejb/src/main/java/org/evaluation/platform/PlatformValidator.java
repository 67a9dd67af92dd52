package org.evaluation.platform;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.annotation.ElementType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one validator of the platform per validator factory: on the platform's clock
 * ({@link PlatformClock}) and treating every property as reachable. Made once and shared (a
 * validator is safe for concurrent use): Hibernate Validator keeps the constraint validators of a
 * context other than its factory's default only for the last such context it saw, compared by
 * identity, and every {@code usingContext()} makes a new one, so a validator made per call had all
 * its constraint validators created, injected and dropped again on every call, under a lock. The
 * default resolver asks JPA whether each property is loaded, under another lock; what the platform
 * validates (method parameters, forms, request bodies, page fields) is never an entity.
 */
public final class PlatformValidator {

    private static final Map<ValidatorFactory, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private PlatformValidator() {
    }

    public static Validator of(ValidatorFactory factory) {
        return VALIDATORS.computeIfAbsent(factory, f -> f.usingContext().clockProvider(new PlatformClock())
                .traversableResolver(new EverythingReachable()).getValidator());
    }

    private static final class EverythingReachable implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToBean,
                                    ElementType elementType) {
            return true;
        }
    }
}
