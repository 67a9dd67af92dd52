package org.evaluation.it;

import org.apache.commons.logging.LogFactory;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.platform.suite.api.Suite;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The one place integration tests get their deployment from: the archives the build produced
 * (never a hand-picked list of classes), plus the test code that runs inside the server.
 */
public final class Deployments {

    /** The packages of the test code that runs inside the server. */
    private static final String[] IN_SERVER = {"org.evaluation.it.micro", "org.evaluation.it.roles",
            "org.evaluation.it.clock", "org.evaluation.it.feedback"};

    /**
     * The rating page's limit per address and minute on the test server: low enough for
     * {@code FeedbackIT}'s browser test to reach it. No other test rates through that page.
     */
    public static final int RATE_PAGE_LIMIT = 2;

    /** Idle minutes that end a signed-in session on the test server: not the default, so that a test sees it applied. */
    public static final int SESSION_IDLE_MINUTES = 17;

    private Deployments() {
    }

    /** The self-contained WAR for Payara Micro, as {@code mvn package} built it. */
    public static WebArchive microWar() {
        return ShrinkWrap.create(ZipImporter.class, "evaluation.war")
                .importFrom(artifact("evaluation.microWar")).as(WebArchive.class);
    }

    /**
     * The WAR with every test that runs inside the server and their helpers: the test accounts,
     * test data builders, fixture servlets, a clock that browser tests can move
     * ({@code /it/clock?days=n}), PDFBox to read generated documents back, and the rating page's
     * limit lowered to {@link #RATE_PAGE_LIMIT}. Classes that run only in the test JVM (the browser
     * walks) stay out: they need Selenium, which the server does not have.
     */
    public static WebArchive microWarWithTests() {
        return microWar()
                .addPackages(true, Deployments::runsInTheServer, IN_SERVER)
                .addClasses(Deployments.class, OnPayaraMicro.class, TestData.class, Eventually.class, Workbooks.class,
                        Fixtures.class)
                .addAsLibraries(jarOf(PDDocument.class), jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class),
                        jarOf(LogFactory.class))
                .addAsResource(new StringAsset("config_ordinal=500\n"
                                + "evaluation.rate-page.per-address-per-minute=" + RATE_PAGE_LIMIT + "\n"
                                + "evaluation.security.session-idle-minutes=" + SESSION_IDLE_MINUTES + "\n"),
                        "META-INF/microprofile-config.properties");
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

    /**
     * A class file belongs in the server unless its top-level class runs wholly in the test JVM: a
     * browser walk, or a suite that only groups classes for the test JVM.
     */
    private static boolean runsInTheServer(ArchivePath path) {
        String name = path.get();
        if (!name.endsWith(".class")) {
            return true;
        }
        String topLevel = name.substring(1, name.length() - ".class".length()).replaceAll("\\$.*", "").replace('/', '.');
        try {
            Class<?> type = Class.forName(topLevel, false, Deployments.class.getClassLoader());
            return !type.isAnnotationPresent(RunAsClient.class) && !type.isAnnotationPresent(Suite.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a test class that is not on the test class path: " + topLevel, e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
