package app.ledger.journal.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EntryHashTest {

    /** The encoding as documented: "length:value;" per field in UTF-8, "-" for a missing one, then SHA-256. */
    private static String reference(String... fields) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String value : fields) {
            text.append(value == null ? "-"
                    : value.getBytes(StandardCharsets.UTF_8).length + ":" + value + ";");
        }
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesExactlyTheDocumentedEncoding() throws Exception {
        String[][] cases = {
            {},
            {null},
            {""},
            {"ledger-entry-v1", "1", "2", "3", "deposit", "1000", "1000", "EUR", "1764000000000000", "Café ☕ 😀",
                null, "key", null, null, "0".repeat(64)},
            {"x".repeat(5000), "ü".repeat(300)},
        };
        for (String[] fields : cases) {
            assertEquals(reference(fields), EntryHash.digest(fields));
        }
    }

    @Test
    void fieldBoundariesAreNotAmbiguous() {
        assertNotEquals(EntryHash.digest("ab", "c"), EntryHash.digest("a", "bc"));
        assertNotEquals(EntryHash.digest((String) null), EntryHash.digest("-"));
        assertNotEquals(EntryHash.digest(""), EntryHash.digest((String) null));
    }
}
