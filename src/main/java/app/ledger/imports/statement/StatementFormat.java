package app.ledger.imports.statement;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The statement formats Ledger reads. */
public enum StatementFormat {
    CSV("CSV"),
    OFX_SGML("OFX 1.x (SGML)"),
    OFX_XML("OFX 2.x / QFX (XML)"),
    QIF("QIF (bank and credit card)"),
    CAMT_053("CAMT.053 (ISO 20022, 001.02 to 001.08)");

    private final String label;

    StatementFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String describeAll() {
        return Arrays.stream(values()).map(StatementFormat::label).collect(Collectors.joining(", "));
    }
}
