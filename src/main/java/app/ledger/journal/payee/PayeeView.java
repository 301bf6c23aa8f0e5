package app.ledger.journal.payee;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/** A payee suggestion: the name as last written, how many of the user's entries carry it, and their latest day. */
@RegisterForReflection
public record PayeeView(String name, long uses, LocalDate lastOccurredOn) {
}
