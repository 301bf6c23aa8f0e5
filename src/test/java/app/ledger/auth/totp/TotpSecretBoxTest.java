package app.ledger.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpSecretBoxTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static TotpSecretBox box(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return new TotpSecretBox(key);
    }

    @Test
    void opensWhatItSealedForTheSameUserOnly() {
        String sealed = box(1).seal(7, SECRET);

        assertThat(box(1).open(7, sealed)).isEqualTo(SECRET);
        assertThat(box(1).open(8, sealed)).as("copied to another user").isNull();
        assertThat(box(2).open(7, sealed)).as("another key").isNull();
        assertThat(box(1).seal(7, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aChangedOrMalformedValueDoesNotOpen() {
        String sealed = box(1).seal(7, SECRET);
        char last = sealed.charAt(sealed.length() - 1);
        String changed = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(box(1).open(7, changed)).isNull();
        assertThat(box(1).open(7, "1.not base64!")).isNull();
        assertThat(box(1).open(7, "1.AAAA")).isNull();
        assertThat(box(1).open(7, Base32.encode(SECRET))).isNull();
        assertThat(box(1).open(7, null)).isNull();
    }
}
