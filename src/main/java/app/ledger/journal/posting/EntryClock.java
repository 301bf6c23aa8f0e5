package app.ledger.journal.posting;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Microsecond timestamps for entries that never repeat or go backwards within this process. */
@ApplicationScoped
public class EntryClock {

    private final AtomicLong lastMicros = new AtomicLong();

    public Instant next() {
        long now = InstantMicrosConverter.toMicros(Instant.now());
        return InstantMicrosConverter.fromMicros(lastMicros.updateAndGet(last -> Math.max(now, last + 1)));
    }
}
