package app.ledger.imports.upload;

import static app.ledger.imports.ImportCalls.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.imports.ImportCalls;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The upload route of the import routes: credentials before the body, temporary files, multipart. */
@QuarkusTest
class ImportUploadRouteTest {

    @Test
    void anUploadWithoutCredentialsIsAnsweredBeforeItsBodyIsRead() {
        for (String target : new String[] {"/api/accounts/1/imports", "/api/imports/inspect"}) {
            // announces 200,000 bytes and sends none: a server reading the body first would wait for them
            try (RawHttp http = RawHttp.connect()) {
                RawHttp.Answer answer = http.send("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/csv\r\nContent-Length: 200000\r\n\r\n")
                        .answerWithin(Duration.ofSeconds(3));
                assertThat(answer.status()).isEqualTo(401);
                assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void anInvalidOrEndedTokenIsRefusedBeforeTheBodyIsRead() {
        String ended = Api.newUser();
        Api.as(ended).post("/api/auth/logout").then().statusCode(204);
        for (String token : new String[] {"not-a-token", ended}) {
            try (RawHttp http = RawHttp.connect()) {
                RawHttp.Answer answer = http.send("POST /api/imports/inspect HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n"
                        + "Content-Type: text/csv\r\nContent-Length: 200000\r\n\r\n")
                        .answerWithin(Duration.ofSeconds(3));
                assertThat(answer.status()).isEqualTo(401);
            }
        }
    }

    @Test
    void aFormWithoutTheFilePartIsRefused() {
        String token = Api.newUser();
        Api.as(token).multiPart("mapping", "{}").post("/api/accounts/" + Ledger.mainAccount(token) + "/imports")
                .then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void theTemporaryFileIsDeletedAfterTheRequestWhateverItsOutcome() throws Exception {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Giro", "EUR");
        long before = uploadsLeft();
        ImportCalls.preview(token, account, fixture("camt/camt053-v02.xml"), "ok.xml").then().statusCode(201);
        ImportCalls.preview(token, account, fixture("camt/malformed.xml"), "bad.xml").then().statusCode(400);
        ImportCalls.previewMultipart(token, account, fixture("camt/camt053-v02.xml"), "ok.xml", Map.of())
                .then().statusCode(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (uploadsLeft() > before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(uploadsLeft()).isEqualTo(before);
    }

    @Test
    void aClientThatWaitsForContinueIsAskedForTheBody() throws Exception {
        String token = Api.newUser();
        long account = Ledger.openAccount(token, "Giro", "EUR");
        byte[] body = fixture("camt/camt053-v02.xml");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/accounts/" + account + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/xml\r\n"
                    + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 100");
            out.write(body);
            out.flush();
            assertThat(readHead(in)).startsWith("HTTP/1.1 201");
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static long uploadsLeft() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("ledger-import-")).count();
        }
    }
}
