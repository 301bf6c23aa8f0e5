package app.ledger.audit;

import java.time.Instant;

/** One security event as its user sees it; {@code seq} is its place in their chain. */
public record AuditEventView(long seq, String kind, Instant at, String address, String userAgent, String detail) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.seq, event.kind, event.occurredAt, event.address, event.userAgent,
                event.detail);
    }
}
