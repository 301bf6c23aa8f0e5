package app.ledger.imports.parse;

import app.ledger.config.LedgerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read statement files ({@code ledger.import.max-concurrent-parses}), with a bounded number
 * of files waiting for them ({@code ledger.import.parse-queue}); one more is refused at once with
 * {@link ImportBusyException} (503). Reading a file is blocking I/O and CPU work, kept off the event loop and
 * away from the shared worker pool. Results come back on the caller's Vert.x context.
 */
@ApplicationScoped
public class ParsePool {

    private final ThreadPoolExecutor executor;
    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();

    @Inject
    public ParsePool(LedgerConfig config) {
        this(config.imports().maxConcurrentParses(), config.imports().parseQueue());
    }

    ParsePool(int threads, int queue) {
        this.capacity = threads + queue;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "ledger-import-reader-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public <T> Uni<T> run(Callable<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            if (admitted.incrementAndGet() > capacity) {
                admitted.decrementAndGet();
                emitter.fail(new ImportBusyException());
                return;
            }
            executor.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Throwable failure) {
                    admitted.decrementAndGet();
                    resume(caller, () -> emitter.fail(failure));
                    return;
                }
                admitted.decrementAndGet();
                resume(caller, () -> emitter.complete(result));
            });
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
}
