package app.ledger.audit;

import java.util.List;

/** One page of a user's security events, newest first; {@code nextCursor} fetches the next, null on the last. */
public record AuditPage(List<AuditEventView> items, String nextCursor) {
}
