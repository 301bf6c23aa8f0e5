package app.ledger.journal.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What live listeners learn of a statement import committed or undone, in place of one event per entry: a
 * 100,000-row import would otherwise send 200,000 events to every open tab.
 *
 * @param status {@code committed} or {@code undone}
 * @param imported the entries the import appended
 * @param reversed the entries the undo reversed (0 for a commit)
 * @param lastOrder the commit-order position of the last entry or edit the write made
 */
@RegisterForReflection
public record ImportSummary(long importId, long accountId, String status, int imported, int reversed,
        long lastOrder) {
}
