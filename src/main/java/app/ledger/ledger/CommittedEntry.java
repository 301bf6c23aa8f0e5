package app.ledger.ledger;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An entry that has been committed, with the user it belongs to, for whoever listens for commits. */
@RegisterForReflection
public record CommittedEntry(long userId, EntryView entry) {
}
