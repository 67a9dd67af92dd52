package org.evaluation.assessment;

import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/** The WHERE clause of a JPQL query built from optional filters, with its parameters. */
final class Conditions {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition and its parameters, given as name, value, name, value, ... */
    Conditions and(String condition, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value for every parameter name");
        }
        where.append(where.length() == 0 ? " WHERE " : " AND ").append('(').append(condition).append(')');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            Object earlier = parameters.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("parameter " + name + " bound twice to different values");
            }
        }
        return this;
    }

    /** A copy to add further conditions to, leaving this one as it is. */
    Conditions copy() {
        Conditions c = new Conditions();
        c.where.append(where);
        c.parameters.putAll(parameters);
        return c;
    }

    String clause() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
