package app.ledger.persistence;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations at start-up, after {@link DataDirectory} has prepared the data directory
 * (SQLite does not create missing parent directories). A failing migration stops the start with a message
 * that says why.
 */
@ApplicationScoped
public class DatabaseMigrator {

    public static final int STARTUP_PRIORITY = 10;

    private final Flyway flyway;

    public DatabaseMigrator(Flyway flyway) {
        this.flyway = flyway;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        try {
            MigrateResult result = flyway.migrate();
            Log.infof("Database schema at version %s (%d migration(s) applied now)",
                    // the version it had when nothing was migrated: asking flyway.info() would read the history again
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new IllegalStateException(reason(e) + ", Ledger cannot start: " + e.getMessage(), e);
        }
    }

    private static String reason(FlywayException failure) {
        return StorageFailures.classify(failure).map(fault -> switch (fault.kind()) {
            case CORRUPT -> "The database file is damaged or is not a database (" + fault.code()
                    + "): restore it from a backup";
            case UNWRITABLE -> "The database cannot write: its disk is full or failing (" + fault.code() + ")";
        }).orElse("Database migration failed");
    }
}
