package app.ledger.imports.upload;

import app.ledger.imports.statement.ImportTooLargeException;
import app.ledger.problem.InvalidInputException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Streams a statement upload into a file as it arrives, a chunk at a time on the event loop, so that neither
 * memory nor a worker thread depends on its size: the raw body, or the part {@code file} of a multipart body
 * (whose text parts become the options). More than {@code maxBytes} (the whole body, multipart framing
 * included) fails with {@link ImportTooLargeException}: at once when {@code Content-Length} says so, else as
 * soon as the limit is passed. The request must be paused when this starts; it is resumed here.
 */
public final class UploadReceiver {

    private final Vertx vertx;
    private final HttpServerRequest request;
    private final long maxBytes;
    private final Path file;
    private final Promise<Upload> result = Promise.promise();
    private long received;

    private UploadReceiver(Vertx vertx, HttpServerRequest request, long maxBytes, Path file) {
        this.vertx = vertx;
        this.request = request;
        this.maxBytes = maxBytes;
        this.file = file;
    }

    /** Receives the body into {@code file}, an existing empty file the caller deletes afterwards. */
    public static Future<Upload> receive(Vertx vertx, HttpServerRequest request, long maxBytes, Path file) {
        UploadReceiver receiver = new UploadReceiver(vertx, request, maxBytes, file);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && announcedTooLarge(length, maxBytes)) {
            return Future.failedFuture(ImportTooLargeException.bytes(maxBytes));
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))
                && request.version() != HttpVersion.HTTP_1_0) {
            request.response().writeContinue(); // curl asks so before a body over 1 MB and waits for it
        }
        if (isMultipart(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            receiver.multipart();
        } else {
            receiver.raw();
        }
        return receiver.result.future();
    }

    private static boolean announcedTooLarge(String length, long maxBytes) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException unreadable) {
            return false; // Vert.x itself refuses a malformed Content-Length
        }
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private void raw() {
        vertx.fileSystem().open(file.toString(), new OpenOptions().setWrite(true).setCreate(false))
                .onFailure(this::fail)
                .onSuccess(out -> {
                    result.future().onFailure(failed -> out.close());
                    out.exceptionHandler(this::fail);
                    request.exceptionHandler(this::fail);
                    request.endHandler(ended -> out.close().onComplete(closed -> {
                        if (closed.failed()) {
                            fail(closed.cause());
                        } else {
                            MultiMap query = request.params();
                            result.tryComplete(new Upload(file, blankToNull(query.get(UploadOptions.FILE_NAME)),
                                    request.getHeader(HttpHeaders.CONTENT_TYPE), received, options(query)));
                        }
                    }));
                    request.handler(chunk -> write(out, chunk));
                    request.resume();
                });
    }

    private void write(AsyncFile out, Buffer chunk) {
        if (!count(chunk)) {
            return;
        }
        out.write(chunk);
        if (out.writeQueueFull()) {
            request.pause();
            out.drainHandler(drained -> request.resume());
        }
    }

    private void multipart() {
        Future<Void>[] written = new Future[1];
        String[] fileName = new String[1];
        String[] contentType = new String[1];
        request.setExpectMultipart(true);
        request.exceptionHandler(failure -> fail(new InvalidInputException(UploadOptions.FILE_PART,
                "The multipart body cannot be read: " + failure.getMessage())));
        request.uploadHandler((HttpServerFileUpload part) -> {
            if (!UploadOptions.FILE_PART.equals(part.name()) || written[0] != null) {
                part.handler(ignored -> { });
                return;
            }
            fileName[0] = blankToNull(part.filename());
            contentType[0] = part.contentType();
            written[0] = part.streamToFileSystem(file.toString());
        });
        request.handler(this::count);
        request.endHandler(ended -> {
            if (written[0] == null) {
                fail(new InvalidInputException(UploadOptions.FILE_PART,
                        "Send the statement as the file part named \"file\" of the form."));
                return;
            }
            written[0].onComplete(done -> {
                if (done.failed()) {
                    fail(done.cause());
                } else {
                    result.tryComplete(new Upload(file, fileName[0], contentType[0], received,
                            options(request.formAttributes())));
                }
            });
        });
        request.resume();
    }

    /** Adds the chunk to what was received; false (and the upload failed) once that is more than allowed. */
    private boolean count(Buffer chunk) {
        if (result.future().isComplete()) {
            return false;
        }
        received += chunk.length();
        if (received > maxBytes) {
            fail(ImportTooLargeException.bytes(maxBytes));
            return false;
        }
        return true;
    }

    private void fail(Throwable failure) {
        result.tryFail(failure);
    }

    private static UploadOptions options(MultiMap values) {
        return new UploadOptions(blankToNull(values.get(UploadOptions.MAPPING)),
                blankToNull(values.get(UploadOptions.DIALECT)), blankToNull(values.get(UploadOptions.QIF_DATE_ORDER)),
                blankToNull(values.get(UploadOptions.PROFILE_ID)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
