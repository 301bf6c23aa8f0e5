package app.ledger.rate.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch of the published rates, from a server on this machine: tests never reach the network. */
@QuarkusTest
class EcbFetchTest {

    private static final LocalDate LAST = LocalDate.of(2010, 6, 4);

    @Inject
    Vertx vertx;

    @Inject
    EcbSchedule schedule;

    @Inject
    AgroalDataSource dataSource;

    private HttpServer server;
    private final AtomicInteger hugeChunksSent = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        String file = EcbSamples.ofDays(LAST, 3);
        server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/eurofxref-daily.xml" -> request.response().putHeader("Content-Type", "text/xml")
                        .end(file);
                case "/huge.xml" -> {
                    // chunked, so that only counting the bytes can stop it
                    request.response().setChunked(true).putHeader("Content-Type", "text/xml");
                    vertx.setPeriodic(5, id -> {
                        if (request.response().closed() || hugeChunksSent.incrementAndGet() > 2000) {
                            vertx.cancelTimer(id);
                            return;
                        }
                        request.response().write(Buffer.buffer(new byte[1024]));
                    });
                }
                case "/silent.xml" -> {
                    // answers nothing, ever
                }
                default -> request.response().setStatusCode(404).end("not here");
            }
        }).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopServerAndForgetThePublishedRates() throws Exception {
        // published rates are seen by every user: other tests' lookups must not meet these
        new Database(dataSource).update("DELETE FROM exchange_rates WHERE user_id IS NULL AND day BETWEEN ? AND ?",
                LAST.minusDays(2).toEpochDay(), LAST.toEpochDay());
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String url(String path) {
        return "http://localhost:" + server.actualPort() + path;
    }

    private long published() {
        return new Database(dataSource).count("SELECT count(*) FROM exchange_rates WHERE user_id IS NULL "
                + "AND day BETWEEN ? AND ?", LAST.minusDays(2).toEpochDay(), LAST.toEpochDay());
    }

    @Test
    void theFetchedFileFillsThePublishedRatesThatEveryUserSees() {
        EcbImportView view = schedule.fetchFrom(url("/eurofxref-daily.xml")).await().atMost(Duration.ofSeconds(20));
        assertThat(view.days()).isEqualTo(3);
        assertThat(view.rates()).isEqualTo(90);
        assertThat(published()).isEqualTo(90);

        Api.as(Api.newUser()).get("/api/rates?base=EUR&quote=USD&from=2010-06-04&to=2010-06-04").then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].rate", equalTo("1.0878"))
                .body("items[0].source", equalTo("ecb"))
                .body("items[0].published", equalTo(true));

        EcbImportView again = schedule.fetchFrom(url("/eurofxref-daily.xml")).await().atMost(Duration.ofSeconds(20));
        assertThat(again.replaced()).isEqualTo(90);
        assertThat(published()).isEqualTo(90);
    }

    @Test
    void anAnswerLargerThanTheLimitIsCutOffAndNothingIsStored() {
        assertThatThrownBy(() -> schedule.fetchFrom(url("/huge.xml")).await().atMost(Duration.ofSeconds(20)))
                .isInstanceOf(EcbFetchException.class)
                .hasMessageContaining("ledger.rates.ecb.max-bytes");
        // 256 KiB allowed: the download stopped soon after, not at the server's 2000 KiB
        assertThat(hugeChunksSent.get()).isLessThan(1000);
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpAfterTheTimeout() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> schedule.fetchFrom(url("/silent.xml")).await().atMost(Duration.ofSeconds(20)))
                .isInstanceOf(EcbFetchException.class)
                .hasMessageContaining("within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anErrorAnswerIsAFailure() {
        assertThatThrownBy(() -> schedule.fetchFrom(url("/gone.xml")).await().atMost(Duration.ofSeconds(20)))
                .isInstanceOf(EcbFetchException.class)
                .hasMessageContaining("404");
    }
}
