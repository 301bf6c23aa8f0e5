package app.ledger.imports;

import app.ledger.support.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Statement uploads over HTTP for tests, raw or multipart, and the fixtures under imports/. */
public final class ImportCalls {

    private ImportCalls() {
    }

    public static byte[] fixture(String path) {
        try (InputStream in = ImportCalls.class.getResourceAsStream("/imports/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The raw body, options as query parameters. */
    public static Response preview(String token, long account, byte[] file, String fileName,
            Map<String, String> options) {
        return raw(token, file, fileName, options).post("/api/accounts/" + account + "/imports");
    }

    public static Response preview(String token, long account, byte[] file, String fileName) {
        return preview(token, account, file, fileName, Map.of());
    }

    /** The file as the part {@code file} of a form, options as text parts. */
    public static Response previewMultipart(String token, long account, byte[] file, String fileName,
            Map<String, String> options) {
        return multipart(token, file, fileName, options).post("/api/accounts/" + account + "/imports");
    }

    public static Response inspect(String token, byte[] file, String fileName, Map<String, String> options) {
        return raw(token, file, fileName, options).post("/api/imports/inspect");
    }

    public static Response inspectMultipart(String token, byte[] file, String fileName,
            Map<String, String> options) {
        return multipart(token, file, fileName, options).post("/api/imports/inspect");
    }

    private static RequestSpecification raw(String token, byte[] file, String fileName,
            Map<String, String> options) {
        RequestSpecification request = Api.as(token).contentType("application/octet-stream").body(file);
        if (fileName != null) {
            request = request.queryParam("fileName", fileName);
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            request = request.queryParam(option.getKey(), option.getValue());
        }
        return request;
    }

    private static RequestSpecification multipart(String token, byte[] file, String fileName,
            Map<String, String> options) {
        RequestSpecification request = Api.as(token).multiPart("file", fileName, file, "application/octet-stream");
        for (Map.Entry<String, String> option : options.entrySet()) {
            request = request.multiPart(option.getKey(), option.getValue());
        }
        return request;
    }
}
