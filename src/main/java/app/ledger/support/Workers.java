package app.ledger.support;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;

/**
 * Runs blocking or CPU-heavy work (bcrypt, signing, file I/O) on a worker thread and resumes on the
 * caller's Vert.x context, so that reactive sessions and transactions can carry on afterwards.
 */
public final class Workers {

    private Workers() {
    }

    public static <T> Uni<T> offload(Callable<T> work) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null) {
                return Uni.createFrom().item(() -> call(work)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
            }
            return Uni.createFrom().completionStage(context.executeBlocking(work, false).toCompletionStage());
        });
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
