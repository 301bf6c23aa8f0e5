package app.ledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.auth.UserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Timer tasks that use the database: the path the session and idempotency clean-ups take in service. */
@QuarkusTest
class PeriodicTest {

    @Inject
    Vertx vertx;

    @Inject
    UserRepository users;

    @Test
    void eachRunMayOpenASessionAndATransaction() throws InterruptedException {
        CountDownLatch runs = new CountDownLatch(3);
        long timer = Periodic.every(vertx, Duration.ofMillis(20), "count users",
                () -> Panache.withTransaction(() -> users.count()).invoke(runs::countDown));
        try {
            assertThat(runs.await(10, TimeUnit.SECONDS)).as("three runs that reached the database").isTrue();
        } finally {
            vertx.cancelTimer(timer);
        }
    }
}
