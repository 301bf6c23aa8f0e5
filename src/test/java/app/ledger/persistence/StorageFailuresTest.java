package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.support.SqliteFiles;
import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Storage faults are told apart from every other database failure, however they are wrapped. */
class StorageFailuresTest {

    @TempDir
    Path dir;

    private static StorageFault fault(Throwable failure) {
        return StorageFailures.classify(failure).orElseThrow(() -> new AssertionError("not a storage fault", failure));
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    /** What SQLite really throws when a write needs a page beyond the limit: SQLITE_FULL. */
    private SQLException realFullDisk() throws Exception {
        try (Connection c = SqliteFiles.open("jdbc:sqlite:" + dir.resolve("full.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x BLOB)");
            s.execute("PRAGMA max_page_count = 3");
            s.executeUpdate("INSERT INTO t VALUES (randomblob(100000))");
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("the write fit");
    }

    @Test
    void aRealFullDiskOnSqliteIsUnwritable() throws Exception {
        SQLException full = realFullDisk();
        assertThat(full.getMessage()).contains("database or disk is full");
        assertThat(fault(full)).isEqualTo(new StorageFault(StorageFault.Kind.UNWRITABLE, "SQLITE_FULL"));
    }

    @Test
    void aRealFileThatIsNotADatabaseIsCorrupt() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.db"), "this is not a database file, not at all".repeat(200)
                .getBytes());
        assertThatThrownBy(() -> {
            try (Connection c = SqliteFiles.open("jdbc:sqlite:" + garbage);
                    Statement s = c.createStatement()) {
                s.executeQuery("SELECT * FROM sqlite_master");
            }
        }).satisfies(e -> assertThat(fault(e)).isEqualTo(new StorageFault(StorageFault.Kind.CORRUPT, "SQLITE_NOTADB")));
        assertThatThrownBy(() -> Flyway.configure().dataSource("jdbc:sqlite:" + garbage, null, null)
                .locations("classpath:db/migration/sqlite").load().migrate())
                .isInstanceOf(FlywayException.class)
                .satisfies(e -> assertThat(fault(e).kind()).isEqualTo(StorageFault.Kind.CORRUPT));
    }

    @Test
    void sqliteCodesCountByTheirPrimaryCode() {
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_FULL)).kind()).isEqualTo(StorageFault.Kind.UNWRITABLE);
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_IOERR))).isEqualTo(
                new StorageFault(StorageFault.Kind.UNWRITABLE, "SQLITE_IOERR"));
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_IOERR_WRITE))).isEqualTo(
                new StorageFault(StorageFault.Kind.UNWRITABLE, "SQLITE_IOERR_WRITE"));
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_IOERR_FSYNC)).kind()).isEqualTo(StorageFault.Kind.UNWRITABLE);
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_CORRUPT)).kind()).isEqualTo(StorageFault.Kind.CORRUPT);
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_CORRUPT_INDEX)).kind()).isEqualTo(StorageFault.Kind.CORRUPT);
        assertThat(fault(sqlite(SQLiteErrorCode.SQLITE_NOTADB)).kind()).isEqualTo(StorageFault.Kind.CORRUPT);
    }

    @Test
    void postgresqlDiskFullAndCorruptionAreRecognisedFromJdbcAndTheReactiveClient() {
        assertThat(fault(new SQLException("could not extend file base/16384/16385: No space left on device",
                "53100"))).isEqualTo(new StorageFault(StorageFault.Kind.UNWRITABLE, "SQLSTATE 53100"));
        assertThat(fault(new PgException("could not extend file: No space left on device", "ERROR", "53100",
                null))).isEqualTo(new StorageFault(StorageFault.Kind.UNWRITABLE, "SQLSTATE 53100"));
        assertThat(fault(new PgException("invalid page in block 7", "ERROR", "XX001", null)).kind())
                .isEqualTo(StorageFault.Kind.CORRUPT);
    }

    @Test
    void wrappingByHibernateMutinyOrABatchDoesNotHideIt() throws Exception {
        SQLException full = realFullDisk();
        assertThat(fault(new CompletionException(new GenericJDBCException("could not execute batch", full))).code())
                .isEqualTo("SQLITE_FULL");
        SQLiteException rollback = sqlite(SQLiteErrorCode.SQLITE_ERROR);
        assertThat(fault(new CompositeException(List.of(rollback, full))).code()).isEqualTo("SQLITE_FULL");
        RuntimeException suppressing = new RuntimeException("rollback failed", rollback);
        suppressing.addSuppressed(full);
        assertThat(fault(suppressing).code()).isEqualTo("SQLITE_FULL");
        assertThat(fault(new BatchUpdateException("batch entry 0: [SQLITE_FULL] database or disk is full", "",
                13, new int[0])).code()).isEqualTo("SQLITE_FULL");
    }

    @Test
    void otherDatabaseFailuresAreNotStorageFaults() {
        assertThat(StorageFailures.classify(sqlite(SQLiteErrorCode.SQLITE_BUSY))).isEmpty();
        assertThat(StorageFailures.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE))).isEmpty();
        assertThat(StorageFailures.classify(sqlite(SQLiteErrorCode.SQLITE_ERROR))).isEmpty();
        assertThat(StorageFailures.classify(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(StorageFailures.classify(new PgException("deadlock detected", "ERROR", "40P01", null))).isEmpty();
        assertThat(StorageFailures.classify(new IllegalStateException("no database involved"))).isEmpty();
        assertThat(StorageFailures.classify(null)).isEmpty();
    }
}
