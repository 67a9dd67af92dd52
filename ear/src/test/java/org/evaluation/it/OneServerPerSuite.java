package org.evaluation.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Keeps one Payara Micro for all the classes of a suite that extend {@link OnPayaraMicro}.
 * Arquillian deploys each test class's archive before the class and undeploys it after, and the
 * Micro adapter starts a new server for each deployment: half a minute of start-up, Flyway and demo
 * data, for every class. Here the first such class deploys, later ones run on the same deployment,
 * and the server is undeployed (stopped) once, after the last class. Classes that do not extend
 * {@link OnPayaraMicro} (the EAR on Payara Server) keep Arquillian's own lifecycle.
 *
 * <p>"A suite" is one run of JUnit's engine, for which Arquillian keeps one manager: a
 * {@code @Suite} class ({@code micro/AnnualCycleSuite}, {@code micro/PublicFeedbackSuite}), or
 * a single class run on its own ({@code -Dit.test=HotlineIT}). Failsafe hands each of its
 * forked JVMs one class at a time, so the suites are what lets several classes meet in one run.
 *
 * <p>The classes of a suite therefore share the server's memory and database, as they already
 * share the database on PostgreSQL: every test builds what it changes (its own organisation,
 * people, year), and whatever moves a shared setting (the clock) puts it back.
 */
public final class OneServerPerSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The observer: Arquillian creates one per manager, that is per suite. */
    public static final class Keeper {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        /** The deployment of the first class on the shared server, null until there is one. */
        private DeploymentScenario shared;
        private Class<?> firstClass;
        private boolean deployAttempted;
        private boolean stopping;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (!OnPayaraMicro.class.isAssignableFrom(testClass)) {
                context.proceed();
            } else if (shared == null) {
                context.proceed();
                shared = scenario.get();
                firstClass = testClass;
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!onSharedServer()) {
                context.proceed();
            } else if (!deployAttempted) {
                // once, even if it fails: the later classes then fail on the missing server at once
                deployAttempted = true;
                context.proceed();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (!onSharedServer() || stopping) {
                context.proceed();
            }
        }

        /** After the last class, before Arquillian stops its containers: the shared server goes. */
        public void stop(@Observes(precedence = 10) AfterSuite event) {
            if (shared == null) {
                return;
            }
            ClassContext context = classContext.get();
            context.activate(firstClass);
            try {
                scenario.set(shared);
                stopping = true;
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(firstClass);
            }
        }

        private boolean onSharedServer() {
            return shared != null && scenario.get() == shared;
        }
    }
}
