package app.ledger.audit;

import app.ledger.persistence.InstantMicrosConverter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical encoding of an audit event and the hash of the user's event before it, as the
 * ledger's entry hashes are made: each field is its UTF-8 length, a colon, its bytes and a semicolon, a
 * missing one a {@code -}, so no two different events share an encoding.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "ledger-audit-v1";

    private AuditHash() {
    }

    static String of(AuditEvent event) {
        return digest(VERSION, Long.toString(event.userId), Long.toString(event.seq), event.kind,
                Long.toString(InstantMicrosConverter.toMicros(event.occurredAt)), event.address, event.userAgent,
                event.detail, event.prevHash);
    }

    private static String digest(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
