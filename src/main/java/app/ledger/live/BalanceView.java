package app.ledger.live;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The balance of an account right after an entry. */
@RegisterForReflection
public record BalanceView(long accountId, String balance, long entryId) {
}
