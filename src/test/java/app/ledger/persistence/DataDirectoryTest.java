package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.SqliteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory and Ledger's files in it are for their owner only, on a new and on an old install. */
class DataDirectoryTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final Logger logger = Logger.getLogger(OwnerOnly.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                    : String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureWarnings() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        logger.removeHandler(capture);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static DataDirectory dataDirectory(Path root) {
        return new DataDirectory(root, root.resolve("ledger.db"),
                List.of(root.resolve("keys/jwt-public.pem"), root.resolve("keys/jwt-private.pem")));
    }

    @Test
    void aNewDirectoryAndDatabaseAreCreatedForTheOwnerOnlyAndSqliteKeepsItThatWay() throws Exception {
        Path root = dir.resolve("new/data");

        dataDirectory(root).ensureExists();

        assertThat(permissions(root)).isEqualTo("rwx------");
        assertThat(permissions(root.resolve("keys"))).isEqualTo("rwx------");
        assertThat(permissions(root.resolve("ledger.db"))).isEqualTo("rw-------");
        assertThat(Files.size(root.resolve("ledger.db"))).isZero();
        try (Connection c = SqliteFiles.open("jdbc:sqlite:" + root.resolve("ledger.db")
                + "?journal_mode=WAL"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x TEXT)");
            s.executeUpdate("INSERT INTO t VALUES ('written')");
            assertThat(permissions(root.resolve("ledger.db-wal"))).isEqualTo("rw-------");
            assertThat(permissions(root.resolve("ledger.db-shm"))).isEqualTo("rw-------");
        }
        assertThat(permissions(root.resolve("ledger.db"))).isEqualTo("rw-------");
        assertThat(warnings).isEmpty();
    }

    @Test
    void tooOpenPermissionsOfAnOldInstallAreTightenedWithALogLineAndOtherFilesAreLeftAlone() throws Exception {
        Path root = Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(root.resolve("keys"));
        for (String name : List.of("ledger.db", "ledger.db-wal", "ledger.db-shm", "keys/jwt-private.pem",
                "keys/jwt-public.pem", "notes.txt")) {
            Files.writeString(root.resolve(name), "x");
            Files.setPosixFilePermissions(root.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(root.resolve("keys"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        dataDirectory(root).ensureExists();

        assertThat(permissions(root)).isEqualTo("rwx------");
        assertThat(permissions(root.resolve("keys"))).isEqualTo("rwx------");
        for (String name : List.of("ledger.db", "ledger.db-wal", "ledger.db-shm", "keys/jwt-private.pem",
                "keys/jwt-public.pem")) {
            assertThat(permissions(root.resolve(name))).as(name).isEqualTo("rw-------");
            assertThat(warnings).as(name).anySatisfy(line -> assertThat(line).contains(root.resolve(name).toString())
                    .contains("rw-r--r--").contains("rw-------"));
        }
        assertThat(permissions(root.resolve("notes.txt"))).as("not Ledger's").isEqualTo("rw-r--r--");
        assertThat(Files.readString(root.resolve("ledger.db"))).as("content untouched").isEqualTo("x");

        warnings.clear();
        dataDirectory(root).ensureExists();
        assertThat(warnings).as("nothing left to change on the next start").isEmpty();
    }

    @Test
    void theSqliteFileIsTakenFromTheJdbcUrl() {
        assertThat(DataDirectory.sqliteFile("jdbc:sqlite:/srv/ledger/ledger.db?journal_mode=WAL&x=1"))
                .contains(Path.of("/srv/ledger/ledger.db"));
        assertThat(DataDirectory.sqliteFile("jdbc:sqlite:data/ledger.db")).contains(Path.of("data/ledger.db"));
        assertThat(DataDirectory.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(DataDirectory.sqliteFile("jdbc:postgresql://db:5432/ledger")).isEmpty();
    }
}
