package app.ledger.persistence;

import java.sql.SQLException;

/** Recognises a unique-key violation however deeply the driver and Hibernate have wrapped it. */
public final class ConstraintViolations {

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && POSTGRES_UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("UNIQUE constraint failed")
                    || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")
                    || message.contains(POSTGRES_UNIQUE_VIOLATION))) {
                return true;
            }
        }
        return false;
    }
}
