package app.ledger.imports.csv;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The decimal mark of a CSV file's amounts. */
public enum DecimalSeparator {
    @JsonProperty("point")
    POINT('.'),
    @JsonProperty("comma")
    COMMA(',');

    private final char mark;

    DecimalSeparator(char mark) {
        this.mark = mark;
    }

    public char mark() {
        return mark;
    }
}
