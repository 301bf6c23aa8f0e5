package app.ledger.auth.password;

import app.ledger.config.LedgerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only threads that run bcrypt: a fixed few, with a bounded queue in front. However many logins and
 * registrations arrive, hashing takes no more cores than these and no more memory than the queue; beyond
 * that callers get {@link HashingBusyException} (503) at once instead of waiting behind everyone else.
 *
 * <p>Checking a login's password goes before hashing a new one, and new ones may fill only half the queue,
 * so a crowd of registrations neither delays logins by more than the hashes already running nor takes
 * their places. Results come back on the caller's Vert.x context, so a reactive session can carry on.
 */
@ApplicationScoped
public class HashingPool {

    /** What the hash is for; the lower ordinal goes first. */
    public enum Purpose {
        LOGIN, NEW_PASSWORD
    }

    private final ThreadPoolExecutor executor;
    private final int queue;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong arrivals = new AtomicLong();

    @Inject
    public HashingPool(LedgerConfig config) {
        this(config.auth().hashing().threads(), config.auth().hashing().queue());
    }

    HashingPool(int threads, int queue) {
        this.queue = queue;
        // the queue itself is unbounded: waiting, counted on arrival, is what is bounded
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), daemonThreads());
        executor.prestartAllCoreThreads();
    }

    public <T> Uni<T> run(Purpose purpose, Callable<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            int limit = purpose == Purpose.LOGIN ? queue : Math.max(1, queue / 2);
            if (waiting.incrementAndGet() > limit) {
                waiting.decrementAndGet();
                emitter.fail(new HashingBusyException());
                return;
            }
            executor.execute(new Job(purpose.ordinal(), arrivals.incrementAndGet(), () -> {
                waiting.decrementAndGet();
                T result;
                try {
                    result = work.call();
                } catch (Throwable failure) {
                    resume(caller, () -> emitter.fail(failure));
                    return;
                }
                resume(caller, () -> emitter.complete(result));
            }));
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static void resume(Context caller, Runnable action) {
        if (caller == null) {
            action.run();
        } else {
            caller.runOnContext(ignored -> action.run());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "ledger-password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Ordered by purpose, then by arrival. */
    private record Job(int rank, long arrival, Runnable work) implements Runnable, Comparable<Job> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Job other) {
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(arrival, other.arrival);
        }
    }
}
