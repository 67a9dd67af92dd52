package org.evaluation.web.support;

import jakarta.annotation.Resource;
import jakarta.faces.validator.BeanValidator;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import org.evaluation.platform.PlatformClock;
import org.evaluation.platform.PlatformValidator;

/**
 * Hands Faces the container's Bean Validation with the platform's clock, so that a date field
 * marked "past or present" accepts today in China on a server whose zone is another (Faces uses the
 * factory it finds under {@link BeanValidator#VALIDATOR_FACTORY_KEY} before any other).
 */
@WebListener
public class PlatformValidation implements ServletContextListener {

    @Resource
    private ValidatorFactory container;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(BeanValidator.VALIDATOR_FACTORY_KEY,
                new Clocked(container, new PlatformClock()));
    }

    /** The container's factory, its validators on the platform's clock. */
    private record Clocked(ValidatorFactory factory, ClockProvider clock) implements ValidatorFactory {

        @Override
        public Validator getValidator() {
            return PlatformValidator.of(factory);
        }

        @Override
        public ValidatorContext usingContext() {
            return factory.usingContext().clockProvider(clock);
        }

        @Override
        public MessageInterpolator getMessageInterpolator() {
            return factory.getMessageInterpolator();
        }

        @Override
        public TraversableResolver getTraversableResolver() {
            return factory.getTraversableResolver();
        }

        @Override
        public ConstraintValidatorFactory getConstraintValidatorFactory() {
            return factory.getConstraintValidatorFactory();
        }

        @Override
        public ParameterNameProvider getParameterNameProvider() {
            return factory.getParameterNameProvider();
        }

        @Override
        public ClockProvider getClockProvider() {
            return clock;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return factory.unwrap(type);
        }

        @Override
        public void close() {
            // the container's factory: the container closes it
        }
    }
}
