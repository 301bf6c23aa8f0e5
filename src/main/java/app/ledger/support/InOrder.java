package app.ledger.support;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/** Runs one asynchronous step per item, each after the one before has finished (a session is not shareable). */
public final class InOrder {

    private InOrder() {
    }

    public static <T> Uni<Void> each(Iterable<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(step)
                .collect().last()
                .replaceWithVoid();
    }
}
