package app.ledger.imports.csv;

import app.ledger.imports.statement.MalformedStatementException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file one at a time, through Jackson's streaming CSV parser: quoted fields may hold the
 * delimiter, doubled quotes and line breaks. Each record comes with the line it starts on.
 */
final class CsvRecords implements AutoCloseable {

    /** More columns than any bank export has; a record beyond it is not a statement. */
    static final int MAX_COLUMNS = 500;
    static final int MAX_FIELD_CHARS = 100_000;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_CHARS).build())
            .build();

    record Record(int line, List<String> fields) {
    }

    private final CsvParser parser;
    private final Reader reader;

    CsvRecords(Reader reader, char delimiter, char quote) {
        this.reader = reader;
        try {
            this.parser = FACTORY.createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar(quote)
                .withoutEscapeChar());
    }

    static Reader decode(InputStream in, String encoding) {
        return app.ledger.imports.statement.TextEncoding.reader(in, encoding);
    }

    /** The next record, or null at the end of the file. */
    Record next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            int line = (int) parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_ARRAY) {
                throw new MalformedStatementException(line, "The CSV file cannot be read here.");
            }
            List<String> fields = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (fields.isEmpty()) {
                    // the start of a record is located where the previous one ended; its first value is not
                    line = (int) parser.currentTokenLocation().getLineNr();
                }
                if (token == null) {
                    throw new MalformedStatementException(line, "The file ends inside a record.");
                }
                if (fields.size() == MAX_COLUMNS) {
                    throw new MalformedStatementException(line, "The record has more than " + MAX_COLUMNS
                            + " columns: is the delimiter right?");
                }
                fields.add(parser.getText());
            }
            return new Record(line, fields);
        } catch (StreamConstraintsException e) {
            throw new MalformedStatementException(line(), "A field is longer than " + MAX_FIELD_CHARS
                    + " characters: is a quote left open?");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedStatementException(line(), "The CSV cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int line() {
        return (int) parser.currentLocation().getLineNr();
    }

    @Override
    public void close() {
        try {
            parser.close();
            reader.close();
        } catch (IOException ignored) {
            // only reading
        }
    }
}
