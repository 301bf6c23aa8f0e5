package app.ledger.journal.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Test
    void aPlainNameIsTheSameInBothForms() {
        assertThat(CsvFileName.contentDisposition("Household", DAY))
                .isEqualTo("attachment; filename=\"Household-2026-03-09.csv\"; filename*=UTF-8''Household-2026-03-09.csv");
    }

    @Test
    void anyNameKeepsItsCharactersInUtf8AndGetsASafeAsciiFallback() {
        assertThat(CsvFileName.contentDisposition("Ersparnisse für Ägypten €", DAY)).isEqualTo(
                "attachment; filename=\"Ersparnisse f_r _gypten _-2026-03-09.csv\"; "
                        + "filename*=UTF-8''Ersparnisse%20f%C3%BCr%20%C3%84gypten%20%E2%82%AC-2026-03-09.csv");
        // one replacement per character, also outside the Basic Multilingual Plane
        assertThat(CsvFileName.asciiFallback("😀 Fun")).isEqualTo("_ Fun");
        assertThat(CsvFileName.percentEncoded("😀")).isEqualTo("%F0%9F%98%80");
    }

    @Test
    void quotesBackslashesAndSeparatorsCannotBreakTheHeader() {
        String header = CsvFileName.contentDisposition("a\"; filename=\"evil.exe\\\r\n,%41'", DAY);
        assertThat(header).isEqualTo("attachment; filename=\"a__ filename=_evil.exe_____41_-2026-03-09.csv\"; "
                + "filename*=UTF-8''a_%3B%20filename%3D_evil.exe___%2C%2541%27-2026-03-09.csv");
        assertThat(header.split("\"")).hasSize(3);
    }

    @Test
    void pathSeparatorsAndReservedCharactersNeverReachTheFileName() {
        assertThat(CsvFileName.fileName("../../etc/passwd", DAY)).isEqualTo(".._.._etc_passwd-2026-03-09.csv");
        assertThat(CsvFileName.fileName("a:b*c?d<e>f|g", DAY)).isEqualTo("a_b_c_d_e_f_g-2026-03-09.csv");
        assertThat(CsvFileName.fileName("  ", DAY)).isEqualTo("account-2026-03-09.csv");
    }
}
