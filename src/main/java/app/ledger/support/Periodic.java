package app.ledger.support;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Background work on a timer. Outside a request there is no context that Hibernate Reactive Panache
 * accepts: it wants a duplicated context flagged safe, which Quarkus only does for requests. So each run
 * gets a new duplicated context of its own, flagged safe, and runs on it; a failed run is logged and the
 * next one still comes.
 */
public final class Periodic {

    private Periodic() {
    }

    /** @param what what the task does, for the log line of a failed run ("remove expired sessions") */
    public static long every(Vertx vertx, Duration interval, String what, Supplier<Uni<?>> task) {
        return vertx.setPeriodic(interval.toMillis(), id -> runOnce(vertx, what, task));
    }

    /** As {@link #every(Vertx, Duration, String, Supplier)}, the first run after {@code first}. */
    public static long every(Vertx vertx, Duration first, Duration interval, String what, Supplier<Uni<?>> task) {
        return vertx.setPeriodic(Math.max(1, first.toMillis()), interval.toMillis(),
                id -> runOnce(vertx, what, task));
    }

    static void runOnce(Vertx vertx, String what, Supplier<Uni<?>> task) {
        safeContext(vertx).runOnContext(ignored -> task.get().subscribe().with(
                done -> { }, failure -> Log.warnf(failure, "Could not %s", what)));
    }

    /** Runs the task once, now, on a safe context of its own, as each timed run does; answers its outcome. */
    public static <T> Uni<T> once(Vertx vertx, Supplier<Uni<T>> task) {
        return Uni.createFrom().emitter(emitter -> safeContext(vertx).runOnContext(ignored -> task.get()
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    private static Context safeContext(Vertx vertx) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
    }
}
