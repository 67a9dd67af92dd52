package org.evaluation.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evaluation.platform.StatementCount;

/**
 * With {@code evaluation.diagnostics.statement-count=true} (off by default) every API answer says
 * in {@code X-SQL-Statements} how many SQL statements its request sent, from before the key check
 * to the answer: what the benchmarks report beside each figure and the budget tests hold.
 */
@Provider
@Priority(1)
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String PROPERTY = "evaluation.diagnostics.statement-count";
    public static final String HEADER = "X-SQL-Statements";

    private static boolean on() {
        return ConfigProvider.getConfig().getOptionalValue(PROPERTY, Boolean.class).orElse(false);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (on()) {
            StatementCount.reset();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (on()) {
            response.getHeaders().putSingle(HEADER, String.valueOf(StatementCount.get()));
        }
    }
}
