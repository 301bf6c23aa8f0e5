package app.ledger.account;

/** What a route wants to do with an account. */
public enum Permission {
    /** See the account, its balance and its history. */
    READ,
    /** Post entries to it. */
    WRITE,
    /** Change or close the account itself. */
    MANAGE
}
