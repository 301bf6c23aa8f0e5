package app.ledger.imports.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void readingPastTheByteLimitIsRefusedAsTooLarge() throws Exception {
        StatementSource source = StatementSource.of("0123456789".getBytes(StandardCharsets.US_ASCII));
        try (InputStream in = source.openLimited(new ImportLimits(10, 1))) {
            assertThat(in.readAllBytes()).hasSize(10);
        }
        assertThatThrownBy(() -> {
            try (InputStream in = source.openLimited(new ImportLimits(9, 1))) {
                in.readAllBytes();
            }
        }).isInstanceOfSatisfying(ImportTooLargeException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.limit()).isEqualTo("max-bytes");
        });
    }

    @Test
    void rowsPastTheRowLimitAreRefusedAsTooLarge() {
        Collected collected = new Collected();
        CountingSink sink = new CountingSink(collected, new ImportLimits(100, 2));
        sink.invalid(1, "a");
        sink.invalid(2, "b");
        assertThatThrownBy(() -> sink.invalid(3, "c")).isInstanceOfSatisfying(ImportTooLargeException.class,
                e -> assertThat(e.limit()).isEqualTo("max-rows"));
        assertThat(collected.rows).hasSize(2);
    }
}
