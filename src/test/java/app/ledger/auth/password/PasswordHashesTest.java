package app.ledger.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void passwordsThatShareTheirFirst72BytesAreDifferentPasswords() {
        String stored = PasswordHashes.hash("A".repeat(72) + "tail", 4);
        assertThat(stored).startsWith("$hmac-sha256$$2a$04$");
        assertThat(PasswordHashes.matches("A".repeat(72) + "tail", stored)).isTrue();
        assertThat(PasswordHashes.matches("A".repeat(72) + "WRONG", stored)).isFalse();
        assertThat(PasswordHashes.matches("A".repeat(72), stored)).isFalse();

        String accented = PasswordHashes.hash("é".repeat(40) + "one", 4);
        assertThat(PasswordHashes.matches("é".repeat(40) + "two", accented)).isFalse();
    }

    @Test
    void aPlainBcryptHashAsStoredBeforeStillVerifiesButIsNotCurrent() {
        String legacy = BcryptUtil.bcryptHash("an old password", 4);
        assertThat(PasswordHashes.matches("an old password", legacy)).isTrue();
        assertThat(PasswordHashes.matches("another password", legacy)).isFalse();
        assertThat(PasswordHashes.isCurrent(legacy, 4)).isFalse();
    }

    @Test
    void aHashOfAnotherCostIsNotCurrent() {
        String stored = PasswordHashes.hash("some password", 4);
        assertThat(PasswordHashes.isCurrent(stored, 4)).isTrue();
        assertThat(PasswordHashes.isCurrent(stored, 5)).isFalse();
    }
}
