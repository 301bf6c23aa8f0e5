package app.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A body announced too large is answered at once, and the client can still send it to the end without the
 * connection being reset under it, as a browser uploading it would; then the connection is closed. A client
 * that sends nothing more is cut off after {@link LingeringClose#MAX_MILLIS}.
 */
@QuarkusTest
class TooLargeBodyTest {

    private static final int TOO_LARGE = 200 * 1024; // quarkus.http.limits.max-body-size is 64K

    private static String depositHead(String token, long account, int length) {
        return "POST /api/accounts/" + account + "/deposits HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
    }

    @Test
    void theClientSendsTheWholeBodyAfterThe413AndTheConnectionClosesWhenItEnds() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        try (RawHttp http = RawHttp.connect()) {
            http.send(depositHead(token, account, TOO_LARGE));
            RawHttp.Answer answer = http.answerWithin(Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("/problems/body-too-large");

            // written in pieces after the answer: a connection closed at once would reset these writes
            byte[] piece = "x".repeat(8 * 1024).getBytes();
            for (int sent = 0; sent < TOO_LARGE; sent += piece.length) {
                http.send(piece);
            }
            assertThat(http.closedWithin(Duration.ofMillis(LingeringClose.MAX_MILLIS / 2)))
                    .as("closed when the body ended, not when the wait ran out").isTrue();
        }
        assertThat(Ledger.balance(token, account)).isEqualTo("0.00");
    }

    @Test
    void aClientThatSendsNothingAfterTheAnswerIsCutOffAfterTheWait() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        try (RawHttp http = RawHttp.connect()) {
            long started = System.nanoTime();
            http.send(depositHead(token, account, 100 * 1024 * 1024));
            assertThat(http.answerWithin(Duration.ofSeconds(5)).status()).isEqualTo(413);
            assertThat(http.closedWithin(Duration.ofMillis(LingeringClose.MAX_MILLIS + 3_000))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(LingeringClose.MAX_MILLIS - 500));
        }
    }
}
