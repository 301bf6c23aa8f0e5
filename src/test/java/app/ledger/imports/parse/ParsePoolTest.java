package app.ledger.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParsePoolTest {

    @Test
    void filesBeyondTheReadersAndTheQueueAreRefusedAtOnce() throws Exception {
        ParsePool pool = new ParsePool(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        var running = pool.run(() -> {
            started.countDown();
            release.await();
            return "first";
        }).subscribeAsCompletionStage();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        var waiting = pool.run(() -> "second").subscribeAsCompletionStage();
        assertThatThrownBy(() -> pool.run(() -> "third").await().atMost(Duration.ofSeconds(5)))
                .isInstanceOf(ImportBusyException.class);
        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        // room again once they are done
        assertThat(pool.run(() -> "fourth").await().atMost(Duration.ofSeconds(5))).isEqualTo("fourth");
        pool.stop();
    }
}
