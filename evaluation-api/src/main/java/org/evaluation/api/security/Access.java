package org.evaluation.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a service method that takes no {@link Ref} keeps to the caller's reach. Every method of a
 * service interface carries {@code @Ref} parameters, this annotation, or both: a new method
 * without either is refused by the authorization test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    Rule value();

    enum Rule {
        /** Works only on the caller's own account, person, windows or assignments. */
        OWN,
        /** Lists only what the caller reaches: the query itself is limited to it. */
        REACHABLE,
        /** Anyone holding a secret token (a rating link, a ballot paper), or before sign-in. */
        TOKEN,
        /** Platform settings of the administrators, no content of any organisation. */
        PLATFORM
    }
}
