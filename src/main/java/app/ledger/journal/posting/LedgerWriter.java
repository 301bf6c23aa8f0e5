package app.ledger.journal.posting;

import app.ledger.config.LedgerConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way into the ledger's tables. Writes queue here and are applied by a single loop, many per
 * transaction (group commit): with durable commits the fsync, not the work, limits a database, so
 * sharing it between waiting writes multiplies throughput, and a single writer never waits for a lock.
 * Each caller still gets its own answer, and only after the transaction holding its write has committed.
 */
@ApplicationScoped
public class LedgerWriter {

    private final BatchApplier applier;
    private final LedgerMetrics metrics;
    private final Context context;
    private final int maxBatch;
    private final int maxQueued;
    private final Duration drainTimeout;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final List<CommitListener> listeners;
    /** Touched only on {@link #context}. */
    private boolean writing;
    /** Touched only on {@link #context}: set at shutdown, completed once nothing is being committed. */
    private CompletableFuture<Void> closed;
    private volatile boolean stopping;
    /** Writes of a failed batch, each tried in a transaction of its own so that one bad write fails alone. */
    private final Queue<Pending> retryAlone = new ArrayDeque<>();

    @Inject
    public LedgerWriter(BatchApplier applier, Vertx vertx, Instance<CommitListener> listeners, LedgerMetrics metrics,
            LedgerConfig config) {
        this(applier, vertx, listeners.stream().toList(), metrics, config.writer().maxBatch(),
                config.writer().maxQueued(), config.writer().drainTimeout());
    }

    LedgerWriter(BatchApplier applier, Vertx vertx, List<CommitListener> listeners, LedgerMetrics metrics,
            int maxBatch, int maxQueued, Duration drainTimeout) {
        this.applier = applier;
        this.metrics = metrics;
        this.context = VertxContext.getOrCreateDuplicatedContext(vertx.getOrCreateContext());
        this.maxBatch = maxBatch;
        this.maxQueued = maxQueued;
        this.drainTimeout = drainTimeout;
        this.listeners = listeners;
    }

    public Uni<PostingResult> submit(LedgerCommand command) {
        return Uni.createFrom().emitter(emitter -> {
            if (stopping) {
                emitter.fail(LedgerBusyException.stopping());
                return;
            }
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                emitter.fail(new LedgerBusyException());
                return;
            }
            Pending pending = new Pending(command, Vertx.currentContext(), emitter);
            emitter.onTermination(pending::ended);
            queue.add(pending);
            context.runOnContext(ignored -> writeNext());
        });
    }

    private void writeNext() {
        if (writing) {
            return;
        }
        if (closed != null) {
            refuseWaiting();
            closed.complete(null);
            return;
        }
        List<Pending> batch = takeBatch();
        if (batch.isEmpty()) {
            return;
        }
        writing = true;
        long started = System.nanoTime();
        applier.apply(batch.stream().map(Pending::command).toList())
                .subscribe().with(
                        results -> {
                            Log.debugf("Committed %d ledger write(s) in %.2f ms", (Object) batch.size(),
                                    (System.nanoTime() - started) / 1e6);
                            metrics.batchCommitted();
                            for (int i = 0; i < batch.size(); i++) {
                                metrics.record(batch.get(i).command(), results.get(i));
                                batch.get(i).complete(results.get(i));
                            }
                            notifyCommitted(results);
                            done();
                        },
                        failure -> {
                            if (batch.size() == 1) {
                                batch.get(0).fail(failure);
                            } else {
                                Log.warnf(failure, "A batch of %d ledger writes failed; retrying them one by one",
                                        batch.size());
                                retryAlone.addAll(batch);
                            }
                            done();
                        });
    }

    private void done() {
        writing = false;
        writeNext();
    }

    /**
     * Takes up to {@code maxBatch} waiting writes, stopping before a second write with an Idempotency-Key
     * already in the batch, so that the retry sees the first write's recorded answer. A bulk write (a statement
     * import) goes in a batch of its own. A write whose caller
     * has gone (the connection closed before an answer) is dropped: nobody could be told it was saved.
     */
    private List<Pending> takeBatch() {
        Pending alone;
        while ((alone = retryAlone.poll()) != null) {
            if (alone.awaited()) {
                return List.of(alone);
            }
        }
        List<Pending> batch = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Pending next;
        while (batch.size() < maxBatch && (next = queue.peek()) != null) {
            if (!next.awaited()) {
                queue.poll();
                queued.decrementAndGet();
                Log.debug("Dropped a ledger write whose caller is gone");
                continue;
            }
            if (next.command().bulk() && !batch.isEmpty()) {
                break;
            }
            String key = next.command().idempotencyKey();
            if (key != null && !keys.add(next.command().userId() + "\u0000" + key)) {
                break;
            }
            queue.poll();
            queued.decrementAndGet();
            batch.add(next);
            if (next.command().bulk()) {
                break;
            }
        }
        return batch;
    }

    /**
     * The stop has begun (readiness is DOWN, quarkus.shutdown.delay runs): new writes are refused with 503
     * from now on. The writes already accepted belong to requests in flight, which the HTTP server lets
     * finish, answers included, before it stops waiting (quarkus.shutdown.timeout); the writer keeps
     * committing and answering them meanwhile. Refusing only later would accept writes that can arrive
     * after the server stopped waiting, whose answers could no longer be sent.
     */
    void stopAccepting(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
        Log.info("Refusing new ledger writes: the service is stopping");
    }

    /**
     * The HTTP server no longer waits for requests, so no answer can be sent any more. The batch being
     * committed is waited for; writes still queued (only when quarkus.shutdown.timeout ran out) are
     * refused rather than committed unanswered.
     */
    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        CompletableFuture<Void> idle = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            closed = idle;
            writeNext();
        });
        try {
            idle.get(drainTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Log.warnf("The ledger writer was still committing after %s; stopping anyway", drainTimeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On {@link #context}, once closed: every write still waiting is answered 503 and never committed. */
    private void refuseWaiting() {
        List<Pending> refused = new ArrayList<>(retryAlone);
        retryAlone.clear();
        Pending next;
        while ((next = queue.poll()) != null) {
            queued.decrementAndGet();
            refused.add(next);
        }
        if (!refused.isEmpty()) {
            Log.warnf("Refused %d ledger write(s) still waiting when the service stopped", refused.size());
        }
        refused.forEach(pending -> pending.fail(LedgerBusyException.stopping()));
    }

    private void notifyCommitted(List<PostingResult> results) {
        List<CommittedEntry> committed = CommittedEntry.live(results);
        if (committed.isEmpty()) {
            return;
        }
        for (CommitListener listener : listeners) {
            try {
                listener.committed(committed);
            } catch (RuntimeException e) {
                Log.error("A commit listener failed", e);
            }
        }
    }

    private static final class Pending {

        private final LedgerCommand command;
        private final Context caller;
        private final UniEmitter<? super PostingResult> emitter;
        private volatile boolean ended;

        Pending(LedgerCommand command, Context caller, UniEmitter<? super PostingResult> emitter) {
            this.command = command;
            this.caller = caller;
            this.emitter = emitter;
        }

        LedgerCommand command() {
            return command;
        }

        /** Called when the caller's subscription ends: answered, or cancelled because its connection closed. */
        void ended() {
            ended = true;
        }

        /** Someone still waits for this write's answer. */
        boolean awaited() {
            return !ended;
        }

        void complete(PostingResult result) {
            resume(() -> emitter.complete(result));
        }

        void fail(Throwable failure) {
            resume(() -> emitter.fail(failure));
        }

        /** The caller carries on in its own context, not on the writer's. */
        private void resume(Runnable action) {
            if (caller == null) {
                action.run();
            } else {
                caller.runOnContext(ignored -> action.run());
            }
        }
    }
}
