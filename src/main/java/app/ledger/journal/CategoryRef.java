package app.ledger.journal;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The category of an entry as the entry shows it. */
@RegisterForReflection
public record CategoryRef(long id, String name, String color) {
}
