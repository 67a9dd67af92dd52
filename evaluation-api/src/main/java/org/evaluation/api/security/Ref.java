package org.evaluation.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of an object of the given kind, in a parameter of a service method, or in a component of
 * a query record or a field of a form handed to one. Before the method runs, the platform checks that the caller may reach the object
 * (for the role the method is called in) and answers "not found" when not, whether or not it
 * exists. A null id, or an id in a collection, is checked the same way one by one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Ref {

    Kind value();
}
