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
 * encoding; a missing text is written as {@code -}. Changing any stored field, or removing or reordering
 * an entry, breaks the chain from there on.
 */
public final class EntryHash {

    private static final String VERSION = "ledger-entry-v1";

    private EntryHash() {
    }

    public static String of(Entry entry, String currency) {
        return digest(VERSION,
                Long.toString(entry.accountId),
                Long.toString(entry.userId),
                Long.toString(entry.seq),
                entry.type.code(),
                Long.toString(entry.amountMinor),
                Long.toString(entry.balanceAfterMinor),
                currency,
                Long.toString(InstantMicrosConverter.toMicros(entry.createdAt)),
                entry.description,
                entry.category,
                entry.idempotencyKey,
                entry.transferId,
                entry.counterpartAccountId == null ? null : entry.counterpartAccountId.toString(),
                entry.prevHash);
    }

    /** SHA-256, in hex, of the unambiguous encoding of the given fields (null allowed). */
    public static String digest(String... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (String value : fields) {
            field(canonical, value);
        }
        return sha256(canonical.toString());
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
