package app.ledger.imports.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(TextSimilarity.similar("BÄCKEREI MÜLLER", null, "Bäckerei Müller", null)).isTrue();
        assertThat(TextSimilarity.similar("Café & Bar", null, "cafe bar", null)).isTrue();
    }

    @Test
    void aBankTextContainingThePayeeIsSimilar() {
        assertThat(TextSimilarity.similar("Bakery", null, "CARD PAYMENT BAKERY 1234", null)).isTrue();
        assertThat(TextSimilarity.similar(null, "Miete Januar", "Vermieter", "Miete")).isTrue();
    }

    @Test
    void differentCounterpartiesAreNot() {
        assertThat(TextSimilarity.similar("Bakery", null, "Garage", null)).isFalse();
        assertThat(TextSimilarity.similar("Employer", null, "Arbeitgeber GmbH", null)).isFalse();
        // a shared word that is only a small part of both texts is not enough
        assertThat(TextSimilarity.similar("SEPA Lastschrift Stadtwerke", null, "SEPA Gutschrift Arbeitgeber", null))
                .isFalse();
    }

    @Test
    void twoEmptyTextsAreSimilarButOneEmptyIsNot() {
        assertThat(TextSimilarity.similar(null, null, "", " ")).isTrue();
        assertThat(TextSimilarity.similar(null, null, "Bakery", null)).isFalse();
    }
}
