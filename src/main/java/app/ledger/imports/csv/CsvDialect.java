package app.ledger.imports.csv;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a CSV file is written, as detected by {@link CsvSniffer} and overridable by the person importing.
 *
 * @param encoding    a Java charset name: {@code UTF-8} (a byte order mark is skipped), {@code windows-1252},
 *                    {@code ISO-8859-1}, {@code UTF-16}
 * @param delimiter   one of {@code , ; | \t} (any character is accepted)
 * @param quote       the quote character, usually {@code "}
 * @param header      whether the first record after {@code skipRecords} names the columns
 * @param skipRecords records before the header (or the first row) to ignore, such as a bank's account summary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CsvDialect(String encoding, char delimiter, char quote, boolean header, int skipRecords) {

    public CsvDialect {
        if (encoding == null || encoding.isBlank()) {
            encoding = "UTF-8";
        }
        if (skipRecords < 0 || skipRecords > 1000) {
            throw new IllegalArgumentException("skipRecords must be between 0 and 1000");
        }
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("The delimiter and the quote must be two different characters, "
                    + "neither a line break");
        }
    }

    public CsvDialect withEncoding(String newEncoding) {
        return new CsvDialect(newEncoding, delimiter, quote, header, skipRecords);
    }

    public CsvDialect withDelimiter(char newDelimiter) {
        return new CsvDialect(encoding, newDelimiter, quote, header, skipRecords);
    }

    public CsvDialect withHeader(boolean newHeader) {
        return new CsvDialect(encoding, delimiter, quote, newHeader, skipRecords);
    }
}
