package app.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import app.ledger.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A write whose body is empty (Content-Length 0, or chunked with no chunk) is answered at once like a
 * write without a body; it used to wait for a body that had already ended until the client gave up.
 */
@QuarkusTest
class EmptyBodyTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @Test
    void anEmptyLoginIsRefusedAtOnce() {
        try (RawHttp http = RawHttp.connect()) {
            RawHttp.Answer answer = http.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n").answerWithin(PROMPTLY);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void anEmptyChunkedDepositIsRefusedAtOnceAndWritesNothing() {
        String token = Api.newUser();
        long account = Api.as(token).get("/api/accounts").then().statusCode(200).extract()
                .jsonPath().getLong("[0].id");
        try (RawHttp http = RawHttp.connect()) {
            RawHttp.Answer answer = http.send("POST /api/accounts/" + account + "/deposits HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                    .answerWithin(PROMPTLY);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).contains("Enter an amount.");
        }
        Api.as(token).get("/api/accounts/" + account).then().statusCode(200)
                .body("balance", org.hamcrest.Matchers.equalTo("0.00"));
    }
}
