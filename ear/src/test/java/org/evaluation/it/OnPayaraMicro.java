package org.evaluation.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration-test class on Payara Micro extends: one deployment for all of them, the
 * self-contained WAR with every in-server test ({@link Deployments#microWarWithTests()}), started
 * once per suite and kept for all its classes ({@link OneServerPerSuite}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class OnPayaraMicro {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.microWarWithTests();
    }
}
