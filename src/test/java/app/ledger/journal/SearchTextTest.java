package app.ledger.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCaseBeyondAsciiTheSameWayInEveryLocale() {
        assertThat(SearchText.fold("CAFÉ CRÈME")).isEqualTo("café crème");
        assertThat(SearchText.fold("Café Crème")).isEqualTo("café crème");
        assertThat(SearchText.fold("ΟΔΟΣ οδος")).isEqualTo("οδοσ οδοσ");
        assertThat(SearchText.fold("İSTANBUL ıSPARTA")).isEqualTo("istanbul isparta");
        assertThat(SearchText.fold("Straße STRASSE ẞ")).isEqualTo("strasse strasse ss");
    }

    @Test
    void composedAndDecomposedAccentsAndCompatibilityFormsAgree() {
        assertThat(SearchText.fold("E\u0301")).isEqualTo(SearchText.fold("É")).isEqualTo("é");
        assertThat(SearchText.fold("ﬁle")).isEqualTo("file");
        assertThat(SearchText.fold("ＡＢＣ％")).isEqualTo("abc%");
    }

    @Test
    void keepsWhatHasNoCaseAndPassesNullThrough() {
        assertThat(SearchText.fold("12,50 € 𝄞 😀 _%\\\\")).isEqualTo("12,50 € 𝄞 😀 _%\\\\");
        assertThat(SearchText.fold("")).isEmpty();
        assertThat(SearchText.fold(null)).isNull();
    }
}
