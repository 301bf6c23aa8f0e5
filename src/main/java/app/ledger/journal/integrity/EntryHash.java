package app.ledger.journal.integrity;

import app.ledger.journal.Entry;
import app.ledger.persistence.InstantMicrosConverter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical encoding of an entry and the hash of the entry before it in the same account.
 * Each field is written as its length, a colon and its UTF-8 bytes, so no two different entries share an
 * encoding; a missing text is written as {@code -}. Changing any hashed field, or removing or reordering an
 * entry, breaks the chain from there on.
 *
 * <p>Two versions, named by each entry's {@code hashVersion}. Version 1 (entries written before metadata
 * became editable) hashes the description and the free-text category as they were written, which those
 * entries keep unchanged in {@code v1Description} and {@code v1Category}. Version 2 hashes the money and
 * its links only: account, user, sequence, type, amount, balance after, currency, the time it was recorded,
 * the day it occurred, idempotency key, transfer, counterpart account, the entry it reverses and the hash
 * before. Metadata (description, category, payee, tags, notes) is outside it and may be edited; each edit
 * is kept in the entry's change trail. An entry of a version this class does not know never verifies.
 */
public final class EntryHash {

    public static final int CURRENT_VERSION = 2;
    private static final String V1 = "ledger-entry-v1";
    private static final String V2 = "ledger-entry-v2";

    private EntryHash() {
    }

    public static String of(Entry entry, String currency) {
        return switch (entry.hashVersion) {
            case 1 -> digest(V1,
                    Long.toString(entry.accountId),
                    Long.toString(entry.userId),
                    Long.toString(entry.seq),
                    entry.type.code(),
                    Long.toString(entry.amountMinor),
                    Long.toString(entry.balanceAfterMinor),
                    currency,
                    Long.toString(InstantMicrosConverter.toMicros(entry.createdAt)),
                    entry.v1Description,
                    entry.v1Category,
                    entry.idempotencyKey,
                    entry.transferId,
                    text(entry.counterpartAccountId),
                    entry.prevHash);
            case 2 -> digest(V2,
                    Long.toString(entry.accountId),
                    Long.toString(entry.userId),
                    Long.toString(entry.seq),
                    entry.type.code(),
                    Long.toString(entry.amountMinor),
                    Long.toString(entry.balanceAfterMinor),
                    currency,
                    Long.toString(InstantMicrosConverter.toMicros(entry.createdAt)),
                    entry.occurredOn == null ? null : entry.occurredOn.toString(),
                    entry.idempotencyKey,
                    entry.transferId,
                    text(entry.counterpartAccountId),
                    text(entry.reversalOf),
                    entry.prevHash);
            default -> "unknown hash version " + entry.hashVersion;
        };
    }

    /** SHA-256, in hex, of the unambiguous encoding of the given fields (null allowed). */
    public static String digest(String... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (String value : fields) {
            field(canonical, value);
        }
        return sha256(canonical.toString());
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
            return;
        }
        out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
