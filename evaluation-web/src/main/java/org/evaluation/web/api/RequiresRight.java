package org.evaluation.web.api;

import org.evaluation.api.apikey.ApiRight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The right an API key must hold for this resource method; without it the call is refused with 403. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRight {

    ApiRight value();
}
