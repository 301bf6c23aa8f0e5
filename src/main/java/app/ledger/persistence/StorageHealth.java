package app.ledger.persistence;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the database's storage has shown lately, for readiness and for the answers to requests. Writes
 * that fail on a full or failing disk mark it as refusing writes, until a write commits again (the
 * writer's next success, or {@link StorageProbe}). Reported corruption stays until a restart: it does not
 * heal by itself.
 */
@ApplicationScoped
public class StorageHealth {

    private final AtomicReference<StorageFault> refusingWrites = new AtomicReference<>();
    private final AtomicReference<StorageFault> corruption = new AtomicReference<>();

    /**
     * The failure to answer a request with: for a storage fault, which is noted here and logged, a
     * {@link StorageUnavailableException} (503); any other failure unchanged.
     */
    public Throwable translate(Throwable failure) {
        Optional<StorageFault> fault = StorageFailures.classify(failure);
        if (fault.isEmpty()) {
            return failure;
        }
        note(fault.get(), failure);
        return new StorageUnavailableException(fault.get());
    }

    /** A write transaction committed: the storage takes writes. */
    public void writeSucceeded() {
        StorageFault was = refusingWrites.getAndSet(null);
        if (was != null) {
            Log.infof("The database takes writes again (it had refused them with %s)", was.code());
        }
    }

    public Optional<StorageFault> refusingWrites() {
        return Optional.ofNullable(refusingWrites.get());
    }

    public Optional<StorageFault> corruption() {
        return Optional.ofNullable(corruption.get());
    }

    private void note(StorageFault fault, Throwable failure) {
        if (fault.kind() == StorageFault.Kind.CORRUPT) {
            if (corruption.compareAndSet(null, fault)) {
                Log.errorf(failure, "The database reports corruption (%s): readiness is DOWN until Ledger is "
                        + "restarted on a repaired database; restore it from a backup", fault.code());
            } else {
                Log.debugf("The database reports corruption again (%s)", fault.code());
            }
        } else if (refusingWrites.getAndSet(fault) == null) {
            Log.errorf(failure, "The database refuses writes (%s: disk full or failing): writes answer 503 and "
                    + "readiness is DOWN until a write succeeds again", fault.code());
        }
    }
}
