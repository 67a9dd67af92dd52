package org.evaluation.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The application's own datasource (embedded H2 unless configured otherwise, see
 * microprofile-config.properties) and the Flyway migrations that build its schema before
 * anything else touches it.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DatabaseMigration.DATASOURCE,
            className = "${MPCONFIG=evaluation.db.class}",
            url = "${MPCONFIG=evaluation.db.url}",
            user = "${MPCONFIG=evaluation.db.user}",
            password = "${MPCONFIG=evaluation.db.password}",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {"fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data",
                    // every connection of the pool is alike: matching a free one to the caller's
                    // credentials (the default) read them under a lock shared by every request
                    "fish.payara.match-connections=false"}),
    // Where JPA fetches its next block of ids, apart from the requests' connections: when every
    // one of those is busy with a request waiting for an id, the fetch must not wait for one of them.
    @DataSourceDefinition(
            name = DatabaseMigration.SEQUENCE_DATASOURCE,
            className = "${MPCONFIG=evaluation.db.class}",
            url = "${MPCONFIG=evaluation.db.url}",
            user = "${MPCONFIG=evaluation.db.user}",
            password = "${MPCONFIG=evaluation.db.password}",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            properties = {"fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=meta-data",
                    "fish.payara.match-connections=false"})
})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/evaluation";
    public static final String SEQUENCE_DATASOURCE = "java:app/jdbc/evaluation-sequences";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    private PersonalData personalData;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        writeEachCommit();
        PersonalDataMigration.run(dataSource, personalData);
    }

    /**
     * Embedded H2 writes its commits to the file from a background thread, half a second later
     * by default, so a killed server would lose what it had already acknowledged. The setting is
     * kept in the database file; setting it here covers whatever H2 URL the platform is given.
     * PostgreSQL writes its log at each commit already.
     */
    private void writeEachCommit() {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database cannot be set to write each commit", e);
        }
    }
}
