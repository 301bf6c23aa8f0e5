package app.ledger.journal.history;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The balance of an account at a time, as an exact decimal string in the account's currency. */
@RegisterForReflection
public record BalancePoint(Instant at, String balance) {
}
