package app.ledger.persistence;

import io.smallrye.mutiny.CompositeException;
import io.vertx.sqlclient.DatabaseException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a {@link StorageFault} in a failure, however deeply Hibernate, Vert.x or Flyway have wrapped
 * the driver's exception: SQLite's result codes (primary codes, so that SQLITE_IOERR_WRITE counts as
 * SQLITE_IOERR) and PostgreSQL's SQLSTATEs, from the JDBC driver or the reactive client.
 */
public final class StorageFailures {

    private static final Map<Integer, StorageFault.Kind> SQLITE_PRIMARY_CODES = Map.of(
            10, StorageFault.Kind.UNWRITABLE, // SQLITE_IOERR
            13, StorageFault.Kind.UNWRITABLE, // SQLITE_FULL
            11, StorageFault.Kind.CORRUPT, // SQLITE_CORRUPT
            26, StorageFault.Kind.CORRUPT); // SQLITE_NOTADB

    private static final Map<String, StorageFault.Kind> SQLITE_NAMES = Map.of(
            "SQLITE_IOERR", StorageFault.Kind.UNWRITABLE,
            "SQLITE_FULL", StorageFault.Kind.UNWRITABLE,
            "SQLITE_CORRUPT", StorageFault.Kind.CORRUPT,
            "SQLITE_NOTADB", StorageFault.Kind.CORRUPT);

    private static final Map<String, StorageFault.Kind> POSTGRES_SQLSTATES = Map.of(
            "53100", StorageFault.Kind.UNWRITABLE, // disk_full
            "58030", StorageFault.Kind.UNWRITABLE, // io_error
            "XX001", StorageFault.Kind.CORRUPT, // data_corrupted
            "XX002", StorageFault.Kind.CORRUPT); // index_corrupted

    /** A result code in a message, where a driver passed only the text on (as in a batch failure). */
    private static final Pattern SQLITE_CODE_IN_TEXT = Pattern.compile("\\[(SQLITE_[A-Z]+)(?:_[A-Z_]+)?]");

    private StorageFailures() {
    }

    /**
     * Looks at the failure, its causes, what was suppressed on the way (a failed rollback after the real
     * error, for instance) and every failure a Mutiny {@link CompositeException} gathered.
     */
    public static Optional<StorageFault> classify(Throwable failure) {
        Deque<Throwable> waiting = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            waiting.add(failure);
        }
        while (!waiting.isEmpty()) {
            Throwable t = waiting.poll();
            if (!seen.add(t)) {
                continue;
            }
            Optional<StorageFault> fault = classifyOne(t);
            if (fault.isPresent()) {
                return fault;
            }
            if (t instanceof CompositeException composite) {
                waiting.addAll(composite.getCauses());
            }
            if (t.getCause() != null) {
                waiting.add(t.getCause());
            }
            waiting.addAll(Arrays.asList(t.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Optional<StorageFault> classifyOne(Throwable t) {
        if (t instanceof SQLiteException sqlite && sqlite.getResultCode() != null) {
            SQLiteErrorCode code = sqlite.getResultCode();
            StorageFault.Kind kind = SQLITE_PRIMARY_CODES.get(code.code & 0xFF);
            if (kind != null) {
                return Optional.of(new StorageFault(kind, code.name()));
            }
        }
        String sqlState = t instanceof SQLException sql ? sql.getSQLState()
                : t instanceof DatabaseException database ? database.getSqlState() : null;
        if (sqlState != null && POSTGRES_SQLSTATES.containsKey(sqlState)) {
            return Optional.of(new StorageFault(POSTGRES_SQLSTATES.get(sqlState), "SQLSTATE " + sqlState));
        }
        if (t.getMessage() != null) {
            Matcher code = SQLITE_CODE_IN_TEXT.matcher(t.getMessage());
            while (code.find()) {
                StorageFault.Kind kind = SQLITE_NAMES.get(code.group(1));
                if (kind != null) {
                    return Optional.of(new StorageFault(kind, code.group(0).substring(1, code.group(0).length() - 1)));
                }
            }
        }
        return Optional.empty();
    }
}
