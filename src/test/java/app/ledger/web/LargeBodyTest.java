package app.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A JSON body larger than the REST layer's own input buffer (10 KiB) but within the body limit is read as
 * sent; it used to reach the JSON reader as zeros and be refused as malformed.
 */
@QuarkusTest
class LargeBodyTest {

    /** Well within the 64 KiB body limit, well beyond 10 KiB. */
    private static final int PADDING = 40_000;

    private static String categoryPaddedTo(String name) {
        return "{\"name\":\"" + name + "\"," + " ".repeat(PADDING) + "\"kind\":\"expense\"}";
    }

    @Test
    void aLargeBodyWithItsLengthIsReadAsSent() {
        String token = Api.newUser();
        Api.jsonAs(token).body(categoryPaddedTo("Groceries")).post("/api/categories")
                .then().statusCode(201).body("name", equalTo("Groceries"));
    }

    @Test
    void aLargeChunkedBodyIsReadAsSent() {
        String token = Api.newUser();
        String body = categoryPaddedTo("Rent");
        StringBuilder chunks = new StringBuilder();
        for (int from = 0; from < body.length(); from += 4096) {
            String chunk = body.substring(from, Math.min(body.length(), from + 4096));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        try (RawHttp http = RawHttp.connect()) {
            RawHttp.Answer answer = http.send("POST /api/categories HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + chunks + "0\r\n\r\n").answerWithin(Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.body()).contains("\"name\":\"Rent\"");
        }
    }
}
