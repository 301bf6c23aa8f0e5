package app.ledger.journal.posting;

import io.vertx.core.http.HttpServerRequest;

/**
 * Reads the Idempotency-Key header as the client sent it. {@code @HeaderParam} turns a header that is
 * present but empty into null, which would make an empty key look like no key at all and let a retry
 * write twice; the raw header tells the two apart, so that an empty key is refused.
 */
public final class IdempotencyKeyHeader {

    private IdempotencyKeyHeader() {
    }

    /** The header's value (empty when sent empty), or null when the request has none. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(WriteRules.IDEMPOTENCY_HEADER);
    }
}
