package app.ledger.leaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures of a deletion are worth running it again for. */
class ConflictsTest {

    @Test
    void deadlocksSerializationFailuresAndForeignKeysOfConcurrentInsertsAreTransient() {
        assertThat(Conflicts.isTransient(new CompletionException(
                new RuntimeException("ERROR: deadlock detected (40P01)")))).isTrue();
        assertThat(Conflicts.isTransient(new SQLException("could not serialize", "40001"))).isTrue();
        assertThat(Conflicts.isTransient(new IllegalStateException(new SQLException("fk", "23503")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Conflicts.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Conflicts.isTransient(new RuntimeException("[SQLITE_CONSTRAINT_FOREIGNKEY] FOREIGN KEY "
                + "constraint failed"))).isFalse();
        assertThat(Conflicts.isTransient(new IllegalStateException("disk full"))).isFalse();
    }
}
