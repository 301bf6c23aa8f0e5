package app.ledger.ledger;

/** An entry that has been committed, with the user it belongs to, for whoever listens for commits. */
public record CommittedEntry(long userId, EntryView entry) {
}
