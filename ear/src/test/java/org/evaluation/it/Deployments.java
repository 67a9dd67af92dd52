package org.evaluation.it;

import org.evaluation.it.roles.RoleRunner;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one place integration tests get their deployment from: the archives the build produced
 * (never a hand-picked list of classes), plus the test code that runs inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The self-contained WAR for Payara Micro, as {@code mvn package} built it. */
    public static WebArchive microWar() {
        return ShrinkWrap.create(ZipImporter.class, "evaluation.war")
                .importFrom(artifact("evaluation.microWar")).as(WebArchive.class);
    }

    /** The WAR with the in-container tests and their helpers (signing in, test data builders, waiting). */
    public static WebArchive microWarWithTests() {
        return microWar().addPackages(true, RoleRunner.class.getPackage().getName())
                .addClass(Deployments.class)
                .addClass(TestData.class)
                .addClass(Eventually.class);
    }

    /**
     * The WAR with the test accounts, a clock that browser tests can move ({@code /it/clock?days=n})
     * and the fixture of the walk through a whole cycle ({@code /it/fixture}).
     */
    public static WebArchive microWarWithClock() {
        return microWarWithTests().addPackage(org.evaluation.it.clock.TestClockServlet.class.getPackage());
    }

    /** The EAR for Payara Server, as {@code mvn package} built it. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "evaluation.ear")
                .importFrom(artifact("evaluation.ear")).as(EnterpriseArchive.class);
    }

    public static File artifact(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the archives first (mvn package): " + property + " = " + path);
        }
        return new File(path);
    }
}
