package app.ledger.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value out of range stops the service at start-up with a message that names the property. */
class ConfigurationIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "LEDGER_AUTH_BCRYPT_COST, 40, ledger.auth.bcrypt-cost",
            "LEDGER_WRITER_MAX_BATCH, -1, ledger.writer.max-batch",
            "LEDGER_DB_POOL_SIZE, 0, ledger.db.pool-size",
            "LEDGER_ACCOUNTS_DEFAULT_CURRENCY, dollars, ledger.accounts.default-currency",
            "LEDGER_AUTH_SESSIONS_MEMORY_LIMIT, 0, ledger.auth.sessions.memory-limit",
            "LEDGER_AUTH_SESSIONS_LAST_SEEN_INTERVAL, PT0S, ledger.auth.sessions.last-seen-interval",
            "LEDGER_ACCOUNTS_MAX_PER_USER, 0, ledger.accounts.max-per-user",
            "LEDGER_HTTP_ALLOWED_ORIGINS, https://app.example.com/path, ledger.http.allowed-origins",
            "LEDGER_HTTP_HEADER_TIMEOUT, PT0S, ledger.http.header-timeout"})
    void anOutOfRangeValueStopsStartUpNamingTheProperty(String variable, String value, String property)
            throws Exception {
        try (LedgerProcess service = LedgerProcess.start(LedgerProcess.freshDatabase(dir.resolve("data")),
                dir.resolve(variable + ".log"), Map.of(variable, value))) {
            int exit = service.awaitExit(Duration.ofSeconds(60));
            assertThat(exit).isNotZero();
            assertThat(service.logText()).contains(property);
        }
    }
}
