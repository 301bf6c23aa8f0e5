package app.ledger.journal.integrity;

import app.ledger.journal.Entry;
import app.ledger.persistence.InstantMicrosConverter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
 * the day it occurred, idempotency key, transfer, counterpart account, the entry it reverses, the amount
 * and currency of a transfer's other leg, and the hash before. Metadata (description, category, payee, tags, notes) is outside it and may be edited; each edit
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
                    text(entry.counterAmountMinor),
                    entry.counterCurrency,
                    entry.prevHash);
            default -> "unknown hash version " + entry.hashVersion;
        };
    }

    /** SHA-256, in hex, of the unambiguous encoding of the given fields (null allowed). */
    public static String digest(String... fields) {
        Canonical canonical = CANONICAL.get();
        canonical.reset();
        for (String value : fields) {
            canonical.field(value);
        }
        return HEX.formatHex(canonical.sha256());
    }

    private static final HexFormat HEX = HexFormat.of();

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    /**
     * The encoding, written as bytes straight into a buffer and digested there: verify hashes a million
     * entries in one go, so the per-field strings and the digest lookup of a plain implementation add up.
     * Byte for byte what the text form "length:value;" (or "-") in UTF-8 gives.
     */
    private static final ThreadLocal<Canonical> CANONICAL = ThreadLocal.withInitial(Canonical::new);

    private static final class Canonical {
        private final MessageDigest sha256;
        private byte[] buffer = new byte[512];
        private int size;

        Canonical() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }

        void reset() {
            size = 0;
        }

        void field(String value) {
            if (value == null) {
                put((byte) '-');
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            String length = Integer.toString(bytes.length);
            for (int i = 0; i < length.length(); i++) {
                put((byte) length.charAt(i));
            }
            put((byte) ':');
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
            put((byte) ';');
        }

        byte[] sha256() {
            sha256.update(buffer, 0, size);
            return sha256.digest();
        }

        private void put(byte b) {
            ensure(1);
            buffer[size++] = b;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
