package app.ledger.leaving;

import java.sql.SQLException;
import java.util.Set;

/**
 * PostgreSQL's answers that mean "another transaction got in the way", after which the same transaction
 * may simply be run again: a deadlock, a serialization failure, and a foreign key that a concurrent insert
 * made fail.
 */
final class Conflicts {

    private static final Set<String> STATES = Set.of("40P01", "40001", "23503");

    private Conflicts() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && STATES.stream().anyMatch(state -> message.contains("(" + state + ")"))) {
                return true;
            }
        }
        return false;
    }
}
