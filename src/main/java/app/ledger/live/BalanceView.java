package app.ledger.live;

/** The balance of an account right after an entry. */
public record BalanceView(long accountId, String balance, long entryId) {
}
