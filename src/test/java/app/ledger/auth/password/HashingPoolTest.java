package app.ledger.auth.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One hashing thread and room for one waiting task: the third concurrent task is refused at once. */
class HashingPoolTest {

    private final HashingPool pool = new HashingPool(1, 1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.stop();
    }

    private Uni<String> blocking(String answer) {
        return pool.run(() -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return answer;
        });
    }

    @Test
    void whenTheThreadsAndTheQueueAreFullFurtherWorkIsRefusedWith503() throws Exception {
        CompletableFuture<String> running = blocking("first").subscribeAsCompletionStage();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = blocking("second").subscribeAsCompletionStage();

        assertThatThrownBy(() -> blocking("third").await().atMost(Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(HashingBusyException.class, busy -> {
                    assertThat(busy.status()).isEqualTo(503);
                    assertThat(busy.toProblem().type()).isEqualTo("/problems/busy");
                    assertThat(busy.headers()).containsKey("Retry-After");
                });

        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(pool.run(() -> "again").await().atMost(Duration.ofSeconds(5))).isEqualTo("again");
    }

    @Test
    void aFailingTaskFailsOnlyItsCaller() {
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IllegalStateException("broken");
        }).await().atMost(Duration.ofSeconds(5))).hasMessageContaining("broken");
        assertThat(pool.run(() -> 42).await().atMost(Duration.ofSeconds(5))).isEqualTo(42);
    }

    @Test
    void aLoginRefusedWhileBusyDoesNotBreakLaterLoginsOfUnknownUsers() throws Exception {
        PasswordHasher hasher = new PasswordHasher(4, pool);
        CompletableFuture<String> running = blocking("first").subscribeAsCompletionStage();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = blocking("second").subscribeAsCompletionStage();

        assertThatThrownBy(() -> hasher.matchesNothing("guess").await().atMost(Duration.ofSeconds(1)))
                .isInstanceOf(HashingBusyException.class);

        release.countDown();
        running.get(5, TimeUnit.SECONDS);
        queued.get(5, TimeUnit.SECONDS);
        assertThat(hasher.matchesNothing("guess").await().atMost(Duration.ofSeconds(5))).isFalse();
    }
}
