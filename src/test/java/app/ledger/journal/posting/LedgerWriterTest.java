package app.ledger.journal.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.journal.EntryType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The writer's queueing and batching, against a stand-in for the database transaction. */
class LedgerWriterTest {

    private final Vertx vertx = Vertx.vertx();
    private final FakeApplier applier = new FakeApplier();

    @AfterEach
    void closeVertx() {
        applier.releaseAll();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private LedgerWriter writer(int maxBatch, int maxQueued) {
        return new LedgerWriter(applier, vertx, List.of(), new LedgerMetrics(new SimpleMeterRegistry()), maxBatch,
                maxQueued, Duration.ofSeconds(10));
    }

    private static LedgerCommand command(String name, String idempotencyKey) {
        return new LedgerCommand.Posting(1, 1, EntryType.DEPOSIT, "1.00",
                new EntryDetails(null, name, null, null, List.of(), null), idempotencyKey, name);
    }

    private static CompletableFuture<PostingResult> submit(LedgerWriter writer, LedgerCommand command) {
        return writer.submit(command).subscribeAsCompletionStage();
    }

    @Test
    void aBatchEndsBeforeASecondWriteWithTheSameIdempotencyKey() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", "key"));
        var c = submit(writer, command("c", "key"));
        var d = submit(writer, command("d", null));
        applier.hold = false;
        applier.releaseAll();

        CompletableFuture.allOf(a, b, c, d).get(5, TimeUnit.SECONDS);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("b"), List.of("c", "d"));
    }

    @Test
    void aStatementImportIsCommittedInABatchOfItsOwn() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", null));
        var first = submit(writer, statement(7));
        var second = submit(writer, statement(8));
        var c = submit(writer, command("c", null));
        var d = submit(writer, command("d", null));
        applier.hold = false;
        applier.releaseAll();

        CompletableFuture.allOf(a, b, first, second, c, d).get(5, TimeUnit.SECONDS);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("b"), List.of("import 7"),
                List.of("import 8"), List.of("c", "d"));
    }

    private static LedgerCommand statement(long importId) {
        return new LedgerCommand.Import(1, importId, 1, "USD",
                List.of(new ImportLine(1, LocalDate.of(2026, 6, 1), 100, null, null, null, null)), null, false);
    }

    @Test
    void afterAFailedBatchEachWriteIsTriedAloneSoThatOnlyTheBadOneFails() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", null));
        var bad = submit(writer, command("bad", null));
        var d = submit(writer, command("d", null));
        applier.failing = Set.of("bad");
        applier.hold = false;
        applier.releaseAll();

        assertThat(b.get(5, TimeUnit.SECONDS)).isInstanceOf(PostingResult.Applied.class);
        assertThat(d.get(5, TimeUnit.SECONDS)).isInstanceOf(PostingResult.Applied.class);
        await().atMost(Duration.ofSeconds(5)).until(bad::isDone);
        assertThat(bad).isCompletedExceptionally();
        assertThat(a.get()).isInstanceOf(PostingResult.Applied.class);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("b", "bad", "d"), List.of("b"),
                List.of("bad"), List.of("d"));
    }

    @Test
    void aFullQueueRefusesFurtherWritesWithBusy() throws Exception {
        LedgerWriter writer = writer(64, 2);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", null));
        var c = submit(writer, command("c", null));
        var refused = submit(writer, command("refused", null));

        assertThat(refused).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(LedgerBusyException.class);
        applier.hold = false;
        applier.releaseAll();
        CompletableFuture.allOf(a, b, c).get(5, TimeUnit.SECONDS);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("b", "c"));
    }

    @Test
    void onceTheStopBeginsNewWritesAreRefusedWhileAcceptedOnesAreStillCommittedAndAnswered() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", null));

        writer.stopAccepting(null);
        var late = submit(writer, command("late", null));
        assertThat(late).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(LedgerBusyException.class);

        applier.hold = false;
        applier.releaseAll();
        assertThat(a.get(5, TimeUnit.SECONDS)).isInstanceOf(PostingResult.Applied.class);
        assertThat(b.get(5, TimeUnit.SECONDS)).isInstanceOf(PostingResult.Applied.class);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void atShutdownTheBatchBeingCommittedIsAwaitedAndWritesStillWaitingAreRefusedNotCommitted() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        var b = submit(writer, command("b", null));

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                writer.onShutdown(null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(stopped).as("waits for the batch being committed").isNotDone();

        applier.hold = false;
        applier.releaseAll();
        stopped.get(5, TimeUnit.SECONDS);
        assertThat(a).isCompletedWithValueMatching(PostingResult.Applied.class::isInstance);
        assertThat(b).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(LedgerBusyException.class);
        assertThat(submit(writer, command("late", null))).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(LedgerBusyException.class);
        assertThat(applier.batchNames()).containsExactly(List.of("a"));
    }

    @Test
    void aWriteWhoseCallerHasGoneBeforeItsBatchIsNotCommitted() throws Exception {
        LedgerWriter writer = writer(64, 100);
        applier.hold = true;
        var a = submit(writer, command("a", null));
        applier.awaitBatches(1);
        Cancellable gone = writer.submit(command("gone", null)).subscribe().with(ok -> { }, failure -> { });
        var c = submit(writer, command("c", null));
        gone.cancel();

        applier.hold = false;
        applier.releaseAll();
        CompletableFuture.allOf(a, c).get(5, TimeUnit.SECONDS);
        assertThat(applier.batchNames()).containsExactly(List.of("a"), List.of("c"));
    }

    /** Records each batch; while {@code hold} is set, a batch waits until released. */
    static final class FakeApplier implements BatchApplier {

        final List<List<LedgerCommand>> batches = Collections.synchronizedList(new ArrayList<>());
        private final List<CompletableFuture<Void>> held = Collections.synchronizedList(new ArrayList<>());
        volatile boolean hold;
        volatile Set<String> failing = Set.of();

        @Override
        public Uni<List<PostingResult>> apply(List<LedgerCommand> commands) {
            batches.add(commands);
            CompletableFuture<Void> gate = hold ? new CompletableFuture<>() : CompletableFuture.completedFuture(null);
            held.add(gate);
            // like the database client, answer on the writer's own context, whoever opens the gate
            Context writer = Vertx.currentContext();
            return Uni.createFrom().<Void>emitter(emitter -> gate.whenComplete(
                    (ignored, failure) -> writer.runOnContext(nothing -> emitter.complete(null)))).map(ignored -> {
                if (commands.stream().anyMatch(c -> failing.contains(name(c)))) {
                    throw new IllegalStateException("the database refused the batch");
                }
                return commands.stream().<PostingResult>map(c -> new PostingResult.Applied("{}", List.of())).toList();
            });
        }

        void awaitBatches(int count) {
            await().atMost(Duration.ofSeconds(5)).until(() -> batches.size() >= count);
        }

        void releaseAll() {
            List.copyOf(held).forEach(gate -> gate.complete(null));
        }

        List<List<String>> batchNames() {
            return List.copyOf(batches).stream().map(batch -> batch.stream().map(FakeApplier::name).toList()).toList();
        }

        private static String name(LedgerCommand command) {
            if (command instanceof LedgerCommand.Import statement) {
                return "import " + statement.importId();
            }
            return ((LedgerCommand.Posting) command).details().description();
        }
    }
}
