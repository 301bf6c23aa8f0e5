package app.ledger.audit;

/** Where a security event came from: the client's address and user agent, as the request gave them. */
public record AuditOrigin(String address, String userAgent) {

    /** An event with no request behind it. */
    public static final AuditOrigin NONE = new AuditOrigin(null, null);
}
