package app.ledger.auth.password;

import static app.ledger.auth.password.HashingPool.Purpose.LOGIN;
import static app.ledger.auth.password.HashingPool.Purpose.NEW_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One hashing thread and room for two waiting tasks, of which new passwords may take one. */
class HashingPoolTest {

    private final HashingPool pool = new HashingPool(1, 2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> order = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        pool.stop();
    }

    /** Occupies the only thread until released. */
    private CompletableFuture<String> occupyTheThread() throws InterruptedException {
        CompletableFuture<String> running = pool.run(LOGIN, () -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "running";
        }).subscribeAsCompletionStage();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return running;
    }

    private Uni<String> task(HashingPool.Purpose purpose, String name) {
        return pool.run(purpose, () -> {
            order.add(name);
            return name;
        });
    }

    private static void assertBusy(Uni<?> refused) {
        assertThatThrownBy(() -> refused.await().atMost(Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(HashingBusyException.class, busy -> {
                    assertThat(busy.status()).isEqualTo(503);
                    assertThat(busy.toProblem().type()).isEqualTo("/problems/busy");
                    assertThat(busy.headers()).containsKey("Retry-After");
                });
    }

    @Test
    void whenTheQueueIsFullFurtherWorkIsRefusedAtOnceWith503() throws Exception {
        CompletableFuture<String> running = occupyTheThread();
        CompletableFuture<String> registration = task(NEW_PASSWORD, "registration").subscribeAsCompletionStage();
        assertBusy(task(NEW_PASSWORD, "second registration"));

        CompletableFuture<String> login = task(LOGIN, "login").subscribeAsCompletionStage();
        assertBusy(task(LOGIN, "second login"));

        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("running");
        assertThat(login.get(5, TimeUnit.SECONDS)).isEqualTo("login");
        assertThat(registration.get(5, TimeUnit.SECONDS)).isEqualTo("registration");
        assertThat(order).as("the login, queued last, ran first").containsExactly("login", "registration");
        assertThat(task(NEW_PASSWORD, "again").await().atMost(Duration.ofSeconds(5))).isEqualTo("again");
    }

    @Test
    void aFailingTaskFailsOnlyItsCaller() {
        assertThatThrownBy(() -> pool.run(LOGIN, () -> {
            throw new IllegalStateException("broken");
        }).await().atMost(Duration.ofSeconds(5))).hasMessageContaining("broken");
        assertThat(pool.run(LOGIN, () -> 42).await().atMost(Duration.ofSeconds(5))).isEqualTo(42);
    }

    @Test
    void aLoginRefusedWhileBusyDoesNotBreakLaterLoginsOfUnknownUsers() throws Exception {
        PasswordHasher hasher = new PasswordHasher(4, pool);
        CompletableFuture<String> running = occupyTheThread();
        CompletableFuture<String> first = task(LOGIN, "first").subscribeAsCompletionStage();
        CompletableFuture<String> second = task(LOGIN, "second").subscribeAsCompletionStage();

        assertThatThrownBy(() -> hasher.matchesNothing("guess").await().atMost(Duration.ofSeconds(1)))
                .isInstanceOf(HashingBusyException.class);

        release.countDown();
        running.get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(hasher.matchesNothing("guess").await().atMost(Duration.ofSeconds(5))).isFalse();
    }
}
