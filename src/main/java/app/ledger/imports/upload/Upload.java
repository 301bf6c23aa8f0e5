package app.ledger.imports.upload;

import app.ledger.imports.statement.StatementSource;
import java.nio.file.Path;

/**
 * A statement file received with its request: the body (or the multipart part {@code file}) streamed to a
 * temporary file, deleted when the request ends, and the options that came with it.
 *
 * @param fileName    as the client named it, or null
 * @param contentType of the body or the file part, or null
 * @param size        bytes received
 */
public record Upload(Path file, String fileName, String contentType, long size, UploadOptions options) {

    public StatementSource source() {
        return StatementSource.of(file);
    }
}
