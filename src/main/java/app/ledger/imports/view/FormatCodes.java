package app.ledger.imports.view;

import app.ledger.imports.statement.StatementFormat;

/** The codes of the statement formats in JSON and in the {@code imports} table. */
public final class FormatCodes {

    private FormatCodes() {
    }

    public static String code(StatementFormat format) {
        return switch (format) {
            case CSV -> "csv";
            case OFX_SGML -> "ofx-sgml";
            case OFX_XML -> "ofx-xml";
            case QIF -> "qif";
            case CAMT_053 -> "camt.053";
        };
    }

    public static StatementFormat format(String code) {
        for (StatementFormat format : StatementFormat.values()) {
            if (code(format).equals(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown statement format code " + code);
    }
}
