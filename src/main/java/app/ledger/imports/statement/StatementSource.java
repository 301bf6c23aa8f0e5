package app.ledger.imports.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A statement file that can be read more than once: detection reads its beginning, CSV sniffs its encoding
 * over the whole file and QIF settles the order of day and month over every date before the rows are read.
 * An upload kept in a temporary file is one.
 */
@FunctionalInterface
public interface StatementSource {

    /** A new stream from the first byte; the caller closes it. */
    InputStream open() throws IOException;

    static StatementSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static StatementSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    /** {@link #open}, limited to {@code limits.maxBytes()}, with an I/O failure unchecked. */
    default InputStream openLimited(ImportLimits limits) {
        try {
            return new LimitedInputStream(open(), limits.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
