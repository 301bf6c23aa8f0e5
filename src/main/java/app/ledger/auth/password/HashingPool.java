package app.ledger.auth.password;

import app.ledger.config.LedgerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only threads that run bcrypt: a fixed few, with a bounded queue in front. However many logins and
 * registrations arrive, hashing takes no more cores than these and no more memory than the queue; beyond
 * that callers get {@link HashingBusyException} (503) at once instead of waiting behind everyone else.
 * Results come back on the caller's Vert.x context, so a reactive session can carry on with them.
 */
@ApplicationScoped
public class HashingPool {

    private final ThreadPoolExecutor executor;

    @Inject
    public HashingPool(LedgerConfig config) {
        this(config.auth().hashing().threads(), config.auth().hashing().queue());
    }

    HashingPool(int threads, int queue) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), daemonThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    public <T> Uni<T> run(Callable<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            try {
                executor.execute(() -> {
                    T result;
                    try {
                        result = work.call();
                    } catch (Throwable failure) {
                        resume(caller, () -> emitter.fail(failure));
                        return;
                    }
                    resume(caller, () -> emitter.complete(result));
                });
            } catch (RejectedExecutionException full) {
                emitter.fail(new HashingBusyException());
            }
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
}
