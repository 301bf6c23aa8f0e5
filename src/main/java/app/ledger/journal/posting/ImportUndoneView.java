package app.ledger.journal.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to an import's undo: the entries it reversed and the account's balance after them. */
@RegisterForReflection
public record ImportUndoneView(long id, String status, int reversed, String balance) {
}
