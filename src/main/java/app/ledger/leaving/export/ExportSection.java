package app.ledger.leaving.export;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * One member of the export document: a table's rows of one user, read a page at a time in key order, so
 * that a section of any length goes out in constant memory. A table added later becomes one more section
 * in {@link ExportSections}.
 */
public interface ExportSection {

    /** The member's name in the document. */
    String name();

    /** True for a member that is one object (the profile) rather than an array. */
    default boolean single() {
        return false;
    }

    /** The key before the first row. */
    Object start();

    /** The user's rows after {@code after}, in key order, at most about {@code limit}; empty at the end. */
    Uni<List<ExportRow>> after(long userId, Object after, int limit);
}
