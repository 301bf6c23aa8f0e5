package app.ledger.journal.posting;

import java.util.List;

/**
 * The metadata an edit changes, checked already. A null field is left as it is; a {@link Change} holding
 * null clears it.
 */
public record EntryEdit(Change<String> description, Change<Long> categoryId, Change<String> payee,
        Change<List<String>> tags, Change<String> notes) {

    public record Change<T>(T value) {
    }
}
